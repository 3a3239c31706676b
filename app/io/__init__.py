"""Files in and out, with no widgets: the one write path, sessions, exports, images, recordings' encoders,
and the signals that end a command without leaving half a file."""

"""What a person or a program receives: every format, cells, the sanitizer, files of views."""

"""What the user types: options, values (dates, numbers), checks of a command line, completion."""

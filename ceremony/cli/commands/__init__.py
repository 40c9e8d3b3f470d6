"""One module per command (or command group), each with `register(commands, common)`."""

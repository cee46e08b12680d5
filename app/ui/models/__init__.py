"""Qt item models over the deal document (each one passes ``qtmodeltester``)."""

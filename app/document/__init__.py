"""The deal document: schema, validation messages, deal files, revisions and recovery."""

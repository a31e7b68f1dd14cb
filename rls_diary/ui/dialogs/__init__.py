"""The window's dialogs: safety notice, About, import preview, file choosers, export."""

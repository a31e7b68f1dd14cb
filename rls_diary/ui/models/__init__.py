"""Qt item models over diary data (tested with ``qtmodeltester`` and without widgets)."""

"""Qt item models over the library, read through ``services`` (never SQL)."""

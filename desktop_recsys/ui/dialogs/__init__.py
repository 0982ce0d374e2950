"""Dialogs and wizards: profiles, import, first run."""

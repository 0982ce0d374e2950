"""Screens and the views they are made of."""

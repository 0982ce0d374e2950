"""Small reusable widgets (banners, indicators)."""

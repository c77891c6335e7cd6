"""Services: one use case each, combining pure domain rules with repositories."""

"""Language, number formatting and user-facing messages (Qt Core only, no widgets)."""

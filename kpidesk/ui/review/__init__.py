"""Reviews (振り返り) in the window: the review tab, its dialogs and the month-turn list."""

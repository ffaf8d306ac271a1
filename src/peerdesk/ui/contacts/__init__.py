"""The Contact log page: the quick-log form, the guard, filters, the paged list and retention."""

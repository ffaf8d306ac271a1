"""Before the vault is open: welcome, create, recovery key, unlock and the problem screens."""

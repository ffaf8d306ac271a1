"""The Dashboard page: this week's figures and charts from every feature."""

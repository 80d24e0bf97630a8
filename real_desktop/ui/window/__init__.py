"""The main window's parts: start-up, navigation, operations, menus, state."""

"""The desktop application: adapts the core to Qt widgets (the only QtWidgets importer)."""

"""The desktop window: the only package that imports PySide6.

Extension points for features (planner, funnel, sync, documents):
- `views.register_view(ViewSpec(...))` adds a navigation entry and its page;
- `Coordinator` (coordinator.py) carries cross-feature signals (open_client, data_changed);
- `DbWorker.submit(fn, on_done, on_error)` runs database work off the GUI thread;
- `MainWindow.add_status_widget(widget)` puts a widget into the status bar.
"""

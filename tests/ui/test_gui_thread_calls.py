"""Issue 14: the window never calls a service from the GUI thread. A service call written
directly in a method (not in a closure or lambda handed to the database worker) is listed
here with the reason it is allowed; any other fails, naming the file, line and method."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "crm_desktop" / "ui"
ALLOWED = {
    # run on the worker: submitted as a whole (worker.submit(self._users, ...), a
    # WorkerCommand's do/revert, or called from inside a worker job)
    ("planner/view.py", "PlannerView._users"),
    ("clients/merge_dialog.py", "MergeCommand.do"),
    ("clients/merge_dialog.py", "MergeCommand.revert"),
    ("clients/edit_dialog.py", "ContactDialog.resolve"),
    ("funnel/deal_form.py", "resolve_company"),
    ("marketing/segment_dialog.py", "_stages"),  # inside the dialog's choices job
    # not the window: a command-line tool that renders screenshots from demo data
    ("screenshots.py", "main"),
    ("screenshots.py", "deal_card"),
    # the page reader is opened here and reads pages while painting, by design (list_model)
    ("clients/list_model.py", "ClientListModel._page_reader"),
    ("marketing/segments_view.py", "SegmentsView.__init__"),
    # start-up, before any window exists: the first-start question (ui/app.py's owner may
    # move it to the worker too)
    ("app.py", "run"),
}


def _chain(node: ast.AST) -> list[str]:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return list(reversed(parts))


def direct_service_calls() -> set[tuple[str, str, int, str]]:
    found = set()
    for path in sorted(UI.rglob("*.py")):
        if "forms_generated" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [(None, n) for n in tree.body if isinstance(n, ast.FunctionDef)]
        functions += [(c.name, n) for c in tree.body if isinstance(c, ast.ClassDef)
                      for n in c.body if isinstance(n, ast.FunctionDef)]
        for owner, function in functions:
            stack: list[ast.AST] = list(function.body)
            while stack:
                node = stack.pop()
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda |
                              ast.ClassDef):
                    continue  # a closure: handed to the worker (or it would be listed)
                if isinstance(node, ast.Call):
                    chain = _chain(node.func)
                    if "crm" in chain:
                        rest = chain[chain.index("crm") + 1:]
                        # the clock and the session are not database work
                        if rest and rest[0] not in ("ctx", "path", "close", "now"):
                            name = f"{owner}.{function.name}" if owner else function.name
                            found.add((path.relative_to(UI).as_posix(), name, node.lineno,
                                       ".".join(chain)))
                stack.extend(ast.iter_child_nodes(node))
    return found


def test_no_service_call_on_the_gui_thread() -> None:
    found = direct_service_calls()
    assert len(found) >= 5  # the reader sees calls at all
    unexplained = sorted(f"{f}:{line} {name}: {call}" for f, name, line, call in found
                         if (f, name) not in ALLOWED)
    assert unexplained == []

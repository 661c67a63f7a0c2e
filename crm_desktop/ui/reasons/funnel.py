"""Reasons of the funnel: deals, their items and pipelines; analytics and plans.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
DEALS: list[tuple[str, str]] = [
    # deals, items, pipelines
    ("choose a pipeline", QT_TRANSLATE_NOOP("Reasons", "Choose a pipeline")),
    ("a stage belongs to a pipeline",
     QT_TRANSLATE_NOOP("Reasons", "A stage belongs to a pipeline: choose one")),
    ("a stage cannot move to another pipeline",
     QT_TRANSLATE_NOOP("Reasons", "A stage cannot move to another pipeline")),
    ("the pipeline has no stages", QT_TRANSLATE_NOOP("Reasons", "The pipeline has no stages")),
    ("the stage belongs to another pipeline",
     QT_TRANSLATE_NOOP("Reasons", "The stage belongs to another pipeline")),
    ("say why the deal was lost", QT_TRANSLATE_NOOP("Reasons", "Say why the deal was lost")),
    ("the deal has items priced in its currency",
     QT_TRANSLATE_NOOP("Reasons", "The deal has items priced in its currency: remove them "
                                  "to change it")),
    ("list every stage of the pipeline once",
     QT_TRANSLATE_NOOP("Reasons", "List every stage of the pipeline once")),
    ("an item belongs to a deal", QT_TRANSLATE_NOOP("Reasons", "An item belongs to a deal")),
    ("the product is priced in {}, the deal in {}",
     QT_TRANSLATE_NOOP("Reasons", "The product is priced in %1, the deal in %2")),
    ("the total is too large", QT_TRANSLATE_NOOP("Reasons", "The total is too large")),
    ("the database has no pipeline; create one with 'crm-desktop pipeline create NAME "
     "--stages A,B,C'", QT_TRANSLATE_NOOP("Reasons", "The database has no sales pipeline; "
                                                     "create one first")),
    ("no pipeline «{}» (pipelines: {})",
     QT_TRANSLATE_NOOP("Reasons", "There is no pipeline «%1» (pipelines: %2)")),
    ("no stage «{}» (stages: {}); add it, or import with new stages allowed",
     QT_TRANSLATE_NOOP("Reasons", "There is no stage «%1» (stages: %2); add it, or allow "
                                  "new stages in the import")),
]


ANALYTICS: list[tuple[str, str]] = [
    # analytics, plans, marketing
    ("choose source or manager", QT_TRANSLATE_NOOP("Reasons", "Choose source or manager")),
    ("no such figure: {}", QT_TRANSLATE_NOOP("Reasons", "There is no such figure")),
    ("a plan cannot be negative", QT_TRANSLATE_NOOP("Reasons", "A plan cannot be negative")),
    ("the plan ends before it starts",
     QT_TRANSLATE_NOOP("Reasons", "The plan ends before it starts")),
    ("the period ends before it starts",
     QT_TRANSLATE_NOOP("Reasons", "The period ends before it starts")),
    ("give both the start and the end of the period",
     QT_TRANSLATE_NOOP("Reasons", "Give both the start and the end of the period")),
    ("A and B together must not exceed 100 %",
     QT_TRANSLATE_NOOP("Reasons", "A and B together must not exceed 100 %")),
    ("the Y limit must not be below the X limit",
     QT_TRANSLATE_NOOP("Reasons", "The Y limit must not be below the X limit")),
]

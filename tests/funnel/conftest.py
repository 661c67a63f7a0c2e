"""What the funnel fixture of test_funnel hands to the funnel tests."""

from __future__ import annotations

from typing import TypedDict

from crm_desktop.services.dto import PipelineDTO, StageDTO


class Funnel(TypedDict):
    """The default pipeline with six deals A-F moved through it (see test_funnel.funnel)."""

    pipeline: PipelineDTO
    stages: list[StageDTO]  # in order: 0 new ... 5 won, 6 lost
    won: StageDTO
    lost: StageDTO
    ids: dict[str, str]  # deal letter -> deal id

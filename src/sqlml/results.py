"""What running T-SQL gives back: result sets and messages, in the order SQL Server sends them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported only when results exist
    import pandas as pd


@dataclass
class Result:
    """One item of a script's output: a result set (`frame`) or a message (`message`)."""

    frame: "pd.DataFrame | None" = None
    message: str | None = None

    @property
    def is_result_set(self) -> bool:
        return self.frame is not None

    def __repr__(self) -> str:
        if self.frame is not None:
            return f"Result(frame={self.frame.shape[0]} rows x {self.frame.shape[1]} columns)"
        return f"Result(message={self.message!r})"


def rows_affected(count: int) -> Result:
    noun = "row" if count == 1 else "rows"
    return Result(message=f"({count} {noun} affected)")

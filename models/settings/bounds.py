"""The bounds settings share, declared once: a wait, period or size is more than zero; a
share or score lies between 0 and 1; a count is at least one; a tolerance, or a wait that may
be none, is not negative. A setting out of its bounds stops orderdesk at start, naming it
(pydantic's validation)."""

from decimal import Decimal
from typing import Annotated

from pydantic import Field

Positive = Annotated[float, Field(gt=0)]
PositiveInt = Annotated[int, Field(gt=0)]
Share = Annotated[float, Field(ge=0, le=1)]
AtLeastOne = Annotated[int, Field(ge=1)]
NonNegative = Annotated[float, Field(ge=0)]
NonNegativeInt = Annotated[int, Field(ge=0)]
NonNegativeDecimal = Annotated[Decimal, Field(ge=0)]

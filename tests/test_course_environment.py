"""`sqlml.environment.environment`: what a notebook's kernel inherits for one run, and nothing after it."""
from __future__ import annotations

import contextlib
import os

import pytest

from sqlml.environment import environment

NAME = "SQLML_TEST_ENVIRONMENT_VARIABLE"


@pytest.mark.parametrize("before, during", [
    (None, "set"),          # unset before: set in the block, unset after
    ("old", "new"),         # replaced in the block, the old value back after
    ("old", None),          # removed in the block, back after
    (None, None),           # removing an unset variable is no error
])
@pytest.mark.parametrize("block_raises", [False, True])
def test_a_variable_is_as_it_was_after_the_block_whatever_happened_in_it(monkeypatch, before, during, block_raises):
    if before is None:
        monkeypatch.delenv(NAME, raising=False)
    else:
        monkeypatch.setenv(NAME, before)
    with pytest.raises(KeyboardInterrupt) if block_raises else contextlib.nullcontext():
        with environment({NAME: during}):
            assert os.environ.get(NAME) == during
            os.environ[NAME] = "changed by the block"  # a kernel start may touch it too
            if block_raises:
                raise KeyboardInterrupt
    assert os.environ.get(NAME) == before


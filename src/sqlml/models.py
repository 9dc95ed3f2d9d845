"""The model registry: versioned models in `dbo.models`, one champion per name.

    from sqlml.models import ModelRegistry
    registry = ModelRegistry(db)
    version = registry.save("customer_returns", model, train_start=..., train_end=..., metrics={...})
    registry.promote("customer_returns", version)
    model = registry.load("customer_returns")          # the champion
    registry.list()                                    # a DataFrame, newest first

Models are stored with skops, whose loader builds only the types it trusts (scikit-learn
estimators, numpy arrays) and never runs code from the file, as pickle would. Each blob is stored
with its SHA-256; a blob whose hash does not match is refused before skops even reads it.

Everything here is T-SQL sent through `Database.execute` with bound parameters, so it runs on both
engines. `deserialize(blob, sha256)` is the piece a script inside `sp_execute_external_script`
calls with the blob it was handed as a `varbinary(max)` parameter.
"""
from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Iterator

from .errors import SqlmlError

if TYPE_CHECKING:
    import pandas as pd

    from .connection import Database

MODELS_TABLE = "dbo.models"
PROMOTIONS_TABLE = "dbo.model_promotions"

#: The estimator classes a registry model may be made of. skops refuses anything outside its
#: trusted set while loading; this list narrows what the course accepts once loaded.
ALLOWED_ESTIMATORS = (
    "sklearn.cluster._kmeans.KMeans",
    "sklearn.cluster._kmeans.MiniBatchKMeans",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.preprocessing._data.MinMaxScaler",
    "sklearn.preprocessing._data.RobustScaler",
    "sklearn.pipeline.Pipeline",
)

CREATE_MODELS = """
CREATE TABLE dbo.models (
    name            NVARCHAR(128)  NOT NULL,
    version         INT            NOT NULL,
    created_at      DATETIME2      NOT NULL,
    algorithm       NVARCHAR(200)  NOT NULL,
    hyperparameters NVARCHAR(MAX)  NOT NULL,
    train_start     DATE           NULL,
    train_end       DATE           NULL,
    metrics         NVARCHAR(MAX)  NOT NULL,
    sha256          CHAR(64)       NOT NULL,
    model           VARBINARY(MAX) NOT NULL,
    is_champion     BIT            NOT NULL,
    CONSTRAINT pk_models PRIMARY KEY (name, version)
)
"""

CREATE_PROMOTIONS = """
CREATE TABLE dbo.model_promotions (
    name             NVARCHAR(128)  NOT NULL,
    version          INT            NOT NULL,
    previous_version INT            NULL,
    promoted_at      DATETIME2      NOT NULL,
    reason           NVARCHAR(MAX)  NULL
)
"""

_INSERT_MODEL = """
INSERT INTO dbo.models (name, version, created_at, algorithm, hyperparameters, train_start, train_end,
                        metrics, sha256, model, is_champion)
VALUES (@name, @version, @created_at, @algorithm, @hyperparameters, @train_start, @train_end,
        @metrics, @sha256, @model, 0)
"""

#: One statement writes every row of the name: the new champion gets 1, all others 0. Because it
#: touches every row, two concurrent promotions always collide on the same rows (SQL Server makes
#: the second wait for the first; DuckDB refuses the second with a write conflict), so they can
#: never leave two champions behind.
_CROWN = """
UPDATE dbo.models
SET is_champion = CASE WHEN version = @version THEN 1 ELSE 0 END
WHERE name = @name
"""

_LOG_PROMOTION = """
INSERT INTO dbo.model_promotions (name, version, previous_version, promoted_at, reason)
VALUES (@name, @version, @previous_version, @promoted_at, @reason)
"""

_LIST_COLUMNS = ("name, version, created_at, algorithm, hyperparameters, train_start, train_end, "
                 "metrics, sha256, is_champion")


class RegistryError(SqlmlError):
    """The registry cannot do what was asked; nothing was changed."""


class TamperedModelError(RegistryError):
    """A stored model's bytes do not match the SHA-256 recorded with them."""


@dataclass(frozen=True)
class ModelRecord:
    """One row of `dbo.models`, without the blob."""

    name: str
    version: int
    created_at: datetime
    algorithm: str
    hyperparameters: dict
    train_start: date | None
    train_end: date | None
    metrics: dict
    sha256: str
    is_champion: bool


# -- serialization (also used inside sp_execute_external_script) --------------------------------

def sha256_hex(blob: bytes) -> str:
    return hashlib.sha256(bytes(blob)).hexdigest()


def serialize(model: Any) -> tuple[bytes, str]:
    """The model as skops bytes, and their SHA-256."""
    import skops.io

    _check_estimator_types(model)
    blob = _canonical(skops.io.dumps(model))
    # An attribute of an untrusted type deep inside would make the stored model unloadable.
    _refuse_untrusted(skops.io.get_untrusted_types(data=blob))
    return blob, sha256_hex(blob)


def _refuse_untrusted(untrusted: list[str]) -> None:
    if untrusted:
        raise RegistryError(
            f"The model holds types skops does not trust ({', '.join(untrusted)}); refusing to store or load it. "
            "The registry stores scikit-learn scalers, KMeans and Pipelines only.")


_OBJECT_ID = re.compile(r'(?<="__id__": )\d+|(?<=")\d+(?=\.npy")')


def _canonical(blob: bytes) -> bytes:
    """The same skops file, made reproducible: the same model always gives the same bytes.

    skops names its members and tags its nodes with Python object ids (memory addresses) and
    stamps the zip entries with the time, so two dumps of one model differ. Renumbering the ids
    in order of first appearance (the mapping is one to one, so shared objects stay shared) and
    fixing the timestamps makes the SHA-256 a fingerprint of the model itself: a notebook run
    twice registers nothing new, and reports show the same hash.
    """
    source = zipfile.ZipFile(io.BytesIO(blob))
    schema = source.read("schema.json").decode("utf-8")
    numbers: dict[str, str] = {}
    for match in _OBJECT_ID.finditer(schema):
        numbers.setdefault(match.group(0), str(len(numbers) + 1))
    schema = _OBJECT_ID.sub(lambda match: numbers[match.group(0)], schema)
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as canonical:
        members = sorted(source.infolist(), key=lambda i: (i.filename == "schema.json",
                                                            int(numbers.get(i.filename.partition(".")[0], 0))))
        for info in members:
            name = _renamed(info.filename, numbers)
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            data = schema.encode("utf-8") if info.filename == "schema.json" else source.read(info.filename)
            canonical.writestr(entry, data)
    return target.getvalue()


def _renamed(filename: str, numbers: dict[str, str]) -> str:
    stem, dot, suffix = filename.partition(".")
    if stem not in numbers and filename != "schema.json":
        raise RegistryError(f"Unexpected member {filename!r} in the skops file; cannot store this model.")
    return f"{numbers[stem]}.{suffix}" if stem in numbers else filename


def deserialize(blob: bytes, sha256: str) -> Any:
    """The model stored in `blob`, after checking that its SHA-256 is `sha256`.

    Refuses a blob that was altered (TamperedModelError) and any object skops does not trust,
    so loading a model never runs code from the database.
    """
    import skops.io

    if blob is None:
        raise RegistryError("No model bytes were given: pass the VARBINARY(MAX) column `model` of dbo.models.")
    blob = bytes(blob)
    expected = (sha256 or "").strip().lower()
    actual = sha256_hex(blob)
    if actual != expected:
        raise TamperedModelError(
            f"The model bytes do not match their recorded SHA-256 (expected {expected[:12]}..., "
            f"got {actual[:12]}...): the blob was changed after it was saved. Refusing to load it; "
            "save the model again or load another version.")
    try:
        untrusted = skops.io.get_untrusted_types(data=blob)
    except Exception as error:  # not a skops file at all
        raise TamperedModelError(f"The model bytes are not a readable skops file ({error}); refusing to load them.") from None
    _refuse_untrusted(untrusted)
    model = skops.io.loads(blob, trusted=[])
    _check_estimator_types(model)
    return model


def _check_estimator_types(model: Any) -> None:
    for part in _estimator_parts(model):
        qualified = f"{type(part).__module__}.{type(part).__qualname__}"
        if qualified not in ALLOWED_ESTIMATORS:
            raise RegistryError(
                f"{type(part).__name__} cannot go in the registry: it stores scikit-learn scalers, KMeans "
                "and Pipelines of them only.")


def _estimator_parts(model: Any) -> Iterator[Any]:
    yield model
    for _, step in getattr(model, "steps", None) or []:
        if step not in (None, "passthrough"):
            yield from _estimator_parts(step)


def describe(model: Any) -> tuple[str, dict]:
    """The algorithm's name (steps joined by '+') and the hyper-parameters that are plain values."""
    steps = [type(part).__name__ for part in _estimator_parts(model) if not hasattr(part, "steps")]
    params = {key: value for key, value in model.get_params(deep=True).items()
              if isinstance(value, (bool, int, float, str)) or value is None}
    return "+".join(steps), params


# -- transactions ----------------------------------------------------------------------------

_depth_lock = threading.Lock()


@contextmanager
def transaction(db: "Database") -> Iterator[None]:
    """BEGIN TRANSACTION ... COMMIT, or ROLLBACK on any exception (KeyboardInterrupt included).

    Nested uses join the outer transaction, so a retraining can save and promote inside one.
    """
    with _depth_lock:
        depth = getattr(db, "_sqlml_transaction_depth", 0)
        db._sqlml_transaction_depth = depth + 1
    if depth:
        try:
            yield
        finally:
            db._sqlml_transaction_depth -= 1
        return
    try:
        db.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            _rollback_quietly(db)
            raise
        try:
            db.execute("COMMIT TRANSACTION")
        except BaseException:
            _rollback_quietly(db)
            raise
    finally:
        db._sqlml_transaction_depth = 0


def _rollback_quietly(db: "Database") -> None:
    """Roll back, keeping the original error if the engine already ended the transaction."""
    try:
        db.execute("ROLLBACK TRANSACTION")
    except Exception:
        pass


# -- the registry ----------------------------------------------------------------------------

class ModelRegistry:
    """Versioned models in `dbo.models` (created on first use) with one champion per name."""

    def __init__(self, db: "Database") -> None:
        self.db = db
        self.ensure()

    def ensure(self) -> None:
        """Create dbo.models and dbo.model_promotions if they do not exist yet."""
        if not self.db.table_exists(MODELS_TABLE):
            self.db.execute(CREATE_MODELS)
        if not self.db.table_exists(PROMOTIONS_TABLE):
            self.db.execute(CREATE_PROMOTIONS)

    # -- writing ---------------------------------------------------------------------------
    def save(self, name: str, model: Any, *, train_start: date | None = None, train_end: date | None = None,
             metrics: dict | None = None, champion: bool = False, reason: str | None = None) -> int:
        """Store a new version of `name` and return its number.

        A new version is not champion unless `champion=True`, with one exception: the first
        version of a name becomes its champion, so that every name always has exactly one.
        `train_start` and `train_end` are the first and last days (inclusive) of the data the
        model was trained on; retraining treats everything after `train_end` as new.
        """
        _check_name(name)
        blob, digest = serialize(model)
        algorithm, hyperparameters = describe(model)
        try:
            with transaction(self.db):
                version = int(self.db.scalar(
                    "SELECT COALESCE(MAX(version), 0) + 1 AS next_version FROM dbo.models WHERE name = @name",
                    {"name": name}))
                self.db.execute(_INSERT_MODEL, {
                    "name": name, "version": version, "created_at": _now(), "algorithm": algorithm,
                    "hyperparameters": json.dumps(hyperparameters, sort_keys=True),
                    "train_start": _as_date(train_start), "train_end": _as_date(train_end),
                    "metrics": json.dumps(_plain(metrics or {}), sort_keys=True), "sha256": digest, "model": blob,
                })
                if champion or self.champion_version(name) is None:
                    self._crown(name, version, reason or ("first version" if version == 1 else "saved as champion"))
        except SqlmlError as error:   # a concurrent writer may surface at the INSERT or at the COMMIT
            raise _conflict_or(error, name, "saved a version of") from None
        return version

    def promote(self, name: str, version: int, *, reason: str | None = None) -> None:
        """Make `version` the champion of `name`, in one transaction; the history is kept."""
        _check_name(name)
        version = _check_version(version)
        try:
            with transaction(self.db):
                blob, digest = self._blob(name, version)
                deserialize(blob, digest)   # never crown a model that cannot be loaded
                self._crown(name, version, reason)
        except SqlmlError as error:
            raise _conflict_or(error, name, "changed the champion of") from None

    def _crown(self, name: str, version: int, reason: str | None) -> None:
        previous = self.champion_version(name)
        self.db.execute(_CROWN, {"name": name, "version": version})
        self._log_promotion(name, version, previous, reason)
        champions = self.db.query(
            "SELECT version FROM dbo.models WHERE name = @name AND is_champion = 1", {"name": name})
        if list(champions["version"]) != [version]:
            raise RegistryError(f"Promoting version {version} of {name!r} would leave champions "
                                f"{list(champions['version'])}; nothing was changed.")

    def _log_promotion(self, name: str, version: int, previous: int | None, reason: str | None) -> None:
        self.db.execute(_LOG_PROMOTION, {"name": name, "version": version, "previous_version": previous,
                                         "promoted_at": _now(), "reason": reason})

    # -- reading ---------------------------------------------------------------------------
    def champion_version(self, name: str) -> int | None:
        value = self.db.scalar(
            "SELECT MAX(version) AS version FROM dbo.models WHERE name = @name AND is_champion = 1", {"name": name})
        return None if _missing(value) else int(value)

    def find(self, name: str, sha256: str) -> int | None:
        """The version of `name` whose model has this SHA-256 (the same model), if any."""
        value = self.db.scalar("SELECT MIN(version) AS version FROM dbo.models WHERE name = @name AND sha256 = @sha256",
                               {"name": name, "sha256": sha256})
        return None if _missing(value) else int(value)

    def load(self, name: str, version: int | None = None) -> Any:
        """The model `version` of `name`, or its champion when `version` is None."""
        if version is None:
            version = self.champion_version(name)
            if version is None:
                raise RegistryError(f"No model named {name!r} is registered: {self._names_hint()}")
        blob, digest = self._blob(name, _check_version(version))
        return deserialize(blob, digest)

    def record(self, name: str, version: int | None = None) -> ModelRecord:
        """The metadata of one version (the champion when `version` is None)."""
        if version is None:
            version = self.champion_version(name)
            if version is None:
                raise RegistryError(f"No model named {name!r} is registered: {self._names_hint()}")
        frame = self.db.query(f"SELECT {_LIST_COLUMNS} FROM dbo.models WHERE name = @name AND version = @version",
                              {"name": name, "version": _check_version(version)})
        if frame.empty:
            raise RegistryError(f"{name!r} has no version {version}: {self._versions_hint(name)}")
        row = frame.iloc[0]
        return ModelRecord(
            name=str(row["name"]), version=int(row["version"]), created_at=_as_datetime(row["created_at"]),
            algorithm=str(row["algorithm"]), hyperparameters=json.loads(row["hyperparameters"]),
            train_start=_as_date(row["train_start"]), train_end=_as_date(row["train_end"]),
            metrics=json.loads(row["metrics"]), sha256=str(row["sha256"]).strip(),
            is_champion=bool(row["is_champion"]))

    def list(self, name: str | None = None) -> "pd.DataFrame":
        """The registered versions (all names, or one), newest first, without the blobs."""
        where, params = ("WHERE name = @name", {"name": name}) if name else ("", None)
        frame = self.db.query(f"SELECT {_LIST_COLUMNS} FROM dbo.models {where} ORDER BY name, version DESC", params)
        frame["is_champion"] = frame["is_champion"].astype(bool)
        return frame.reset_index(drop=True)

    def promotions(self, name: str | None = None) -> "pd.DataFrame":
        """Every promotion, oldest first: which version became champion, replacing which, and why."""
        where, params = ("WHERE name = @name", {"name": name}) if name else ("", None)
        return self.db.query("SELECT name, version, previous_version, promoted_at, reason "
                             f"FROM dbo.model_promotions {where} ORDER BY promoted_at, version", params)

    def _blob(self, name: str, version: int) -> tuple[bytes, str]:
        frame = self.db.query("SELECT model, sha256 FROM dbo.models WHERE name = @name AND version = @version",
                              {"name": name, "version": version})
        if frame.empty:
            raise RegistryError(f"{name!r} has no version {version}: {self._versions_hint(name)}")
        return bytes(frame.iat[0, 0]), str(frame.iat[0, 1]).strip()

    def _versions_hint(self, name: str) -> str:
        versions = self.db.query("SELECT version FROM dbo.models WHERE name = @name ORDER BY version",
                                 {"name": name})["version"].tolist()
        if not versions:
            return f"no version is registered under that name. {self._names_hint()}"
        return f"its versions are {', '.join(str(v) for v in versions)}."

    def _names_hint(self) -> str:
        names = self.db.query("SELECT DISTINCT name FROM dbo.models ORDER BY name")["name"].tolist()
        if not names:
            return "the registry is empty (run 05-modeling, which registers the first model)."
        return f"registered names: {', '.join(names)}."


def _conflict_or(error: SqlmlError, name: str, what: str) -> SqlmlError:
    """A clear RegistryError when `error` is another session's concurrent write; else `error`."""
    text = str(error).lower()
    if any(word in text for word in ("conflict", "deadlock", "duplicate key", "primary key")):
        return RegistryError(f"Another session {what} {name!r} at the same time; nothing was changed. "
                             "Look at registry.list() and try again if still wanted.")
    return error


def _check_version(version: Any) -> int:
    """A model version is a whole number: 2.7 (or True) is refused, never rounded to 2 (or 1)."""
    import numbers

    if isinstance(version, numbers.Integral) and not isinstance(version, bool):
        return int(version)
    raise RegistryError(f"A model version must be a whole number such as 2, not {version!r} "
                        f"({type(version).__name__}): pass the version as dbo.models lists it.")


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name.strip() or len(name) > 128:
        raise RegistryError(f"A model name must be a non-empty text of at most 128 characters, not {name!r}.")


def _now() -> datetime:
    """UTC, without time zone (DATETIME2 has none), to the millisecond."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _missing(value: Any) -> bool:
    """NULL as the engines hand it back: None, NaN, NaT or pandas.NA."""
    import pandas as pd

    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _as_date(value: Any) -> date | None:
    if _missing(value):
        return None
    if hasattr(value, "to_pydatetime"):          # pandas Timestamp
        value = value.to_pydatetime()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise RegistryError(f"A training window date must be a date or 'YYYY-MM-DD', not {value!r}.")


def _as_datetime(value: Any) -> datetime:
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    return value


def _plain(value: Any) -> Any:
    """Metrics as JSON-ready values (numpy numbers become floats and ints)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):
        return value.item()
    return value

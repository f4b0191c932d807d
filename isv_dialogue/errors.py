"""The errors a user can be shown. Each carries one clear sentence."""


class IsvError(Exception):
    """Base of every error that is reported to the user as one sentence."""


class QuestionnaireError(IsvError):
    """A questionnaire file is missing or has a mistake."""


class DataError(IsvError):
    """Stored or imported data does not have the expected shape."""


class SupplierFileError(IsvError):
    """A supplier file cannot be read, written or locked."""


class UnreadableFileError(SupplierFileError):
    """A supplier file exists but its contents cannot be read."""


class LockedError(SupplierFileError):
    """Another window or process is writing this supplier file."""


class FinalisedError(IsvError):
    """A finalised meeting was about to be changed other than by amendment."""


class ImportRefusedError(IsvError):
    """An import would overwrite data without the user's say-so."""


class NotFoundError(IsvError):
    """A supplier or meeting named by the user does not exist."""

"""Reasons of the client forms: values, our company's requisites, merges.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
FORMS: list[tuple[str, str]] = [
    # values and forms
    ("'{}' is not a client kind", QT_TRANSLATE_NOOP("Reasons", "«%1» is not a kind of client")),
    ("'{}' is not a kind of client",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a kind of client")),
    ("'{}' is not a date", QT_TRANSLATE_NOOP("Reasons", "«%1» is not a date")),
    ("'{}' is not a number", QT_TRANSLATE_NOOP("Reasons", "«%1» is not a number")),
    ("'{}' is not a three-letter currency code",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a currency code (three letters, e.g. RUB)")),
    ("'{}' is not an ISO 4217 currency (RUB, USD, EUR…)",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a currency code (three letters, e.g. RUB)")),
    ("'{}' is not an amount", QT_TRANSLATE_NOOP("Reasons", "«%1» is not an amount")),
    ("{}: '{}' is not one of {}",
     QT_TRANSLATE_NOOP("Reasons", "«%2» is not one of the allowed values")),
    ("'{}' is not one of {}", QT_TRANSLATE_NOOP("Reasons", "«%1» is not one of the allowed "
                                                           "values")),
    ("one of {}", QT_TRANSLATE_NOOP("Reasons", "Choose one of the offered values")),
    ("'{}' is not ru or en",
     QT_TRANSLATE_NOOP("Reasons", "«%1»: the document language must be Russian or English")),
    ("{} must not be empty", QT_TRANSLATE_NOOP("Reasons", "Must not be empty")),
    ("{} must be a number", QT_TRANSLATE_NOOP("Reasons", "Must be a number")),
    ("{} must be up to 50 named values", QT_TRANSLATE_NOOP("Reasons", "At most 50 values")),
    ("is longer than {} characters ({})",
     QT_TRANSLATE_NOOP("Reasons", "At most %1 characters (now %2)")),
    ("is longer than {} characters", QT_TRANSLATE_NOOP("Reasons", "At most %1 characters")),
    ("at least {} characters", QT_TRANSLATE_NOOP("Reasons", "At least %1 characters")),
    ("holds a control character (U+{})",
     QT_TRANSLATE_NOOP("Reasons", "Contains a control character (U+%1)")),
    ("holds bytes that are not text in the file's encoding (shown as �); fix them and save "
     "as UTF-8", QT_TRANSLATE_NOOP("Reasons", "Contains bytes that are not text in the "
                                              "file's encoding (shown as �); fix them and "
                                              "save the file as UTF-8")),
    ("no control characters (line breaks, tabs)",
     QT_TRANSLATE_NOOP("Reasons", "No control characters (line breaks, tabs)")),
    ("is not a finite number", QT_TRANSLATE_NOOP("Reasons", "Not a number")),
    ("is not a number", QT_TRANSLATE_NOOP("Reasons", "Not a number")),
    ("is too large", QT_TRANSLATE_NOOP("Reasons", "The number is too large")),
    ("{} is more than {}", QT_TRANSLATE_NOOP("Reasons", "%1 is more than %2")),
    ("has more than three decimals",
     QT_TRANSLATE_NOOP("Reasons", "At most three digits after the decimal mark")),
    ("must be a whole number from {} to {}",
     QT_TRANSLATE_NOOP("Reasons", "Must be a whole number from %1 to %2")),
    ("must be a whole percent from 0 to 100",
     QT_TRANSLATE_NOOP("Reasons", "Must be a whole percent from 0 to 100")),
    ("must be between 0 minutes and two weeks",
     QT_TRANSLATE_NOOP("Reasons", "Must be from 0 minutes to two weeks")),
    ("must be between 1 hour and a year",
     QT_TRANSLATE_NOOP("Reasons", "Must be from an hour to a year")),
    ("must be between {} and {}", QT_TRANSLATE_NOOP("Reasons", "Must be from %1 to %2")),
    ("must be from {} to {}", QT_TRANSLATE_NOOP("Reasons", "Must be from %1 to %2")),
    ("must not be negative", QT_TRANSLATE_NOOP("Reasons", "Must not be negative")),
    ("needs a date and time with a time zone",
     QT_TRANSLATE_NOOP("Reasons", "Needs a date and a time")),
    ("amount is empty", QT_TRANSLATE_NOOP("Reasons", "Enter an amount")),
    ("amount is not a finite number", QT_TRANSLATE_NOOP("Reasons", "The amount is not a "
                                                                   "number")),
    ("amount must not be negative",
     QT_TRANSLATE_NOOP("Reasons", "The amount must not be negative")),
    ("money must not be a float",
     QT_TRANSLATE_NOOP("Reasons", "The amount is not in a form the program accepts")),
    ("email is empty", QT_TRANSLATE_NOOP("Reasons", "Enter an email address")),
    ("phone number is empty", QT_TRANSLATE_NOOP("Reasons", "Enter a phone number")),
    ("is not a requisite of our company",
     QT_TRANSLATE_NOOP("Reasons", "Not a requisite of our company")),
    ("{} has no such field", QT_TRANSLATE_NOOP("Reasons", "There is no such field")),
    ("user {} does not exist", QT_TRANSLATE_NOOP("Reasons", "This user does not exist")),
    ("{} {} not found",
     QT_TRANSLATE_NOOP("Reasons", "This record no longer exists (it was deleted or merged)")),
    ("the values the edit started from are missing",
     QT_TRANSLATE_NOOP("Reasons", "The values the edit started from are missing")),
]


REQUISITES: list[tuple[str, str]] = [
    # our company's requisites
    ("must not be empty", QT_TRANSLATE_NOOP("Reasons", "Must not be empty")),
    ("is not a valid INN (10 or 12 digits with check digits)",
     QT_TRANSLATE_NOOP("Reasons", "Not a valid INN (10 or 12 digits with check digits)")),
    ("an individual entrepreneur has no KPP",
     QT_TRANSLATE_NOOP("Reasons", "An individual entrepreneur has no KPP")),
    ("must be 9 characters: 4 digits, 2 digits or letters, 3 digits",
     QT_TRANSLATE_NOOP("Reasons", "Must be 9 characters: 4 digits, 2 digits or letters, "
                                  "3 digits")),
    ("is not a valid OGRN (13 or 15 digits with a check digit)",
     QT_TRANSLATE_NOOP("Reasons", "Not a valid OGRN (13 or 15 digits with a check digit)")),
    ("must be 9 digits starting with 04",
     QT_TRANSLATE_NOOP("Reasons", "Must be 9 digits starting with 04")),
    ("must be 20 digits", QT_TRANSLATE_NOOP("Reasons", "Must be 20 digits")),
    ("must start with {}", QT_TRANSLATE_NOOP("Reasons", "Must start with %1")),
    ("enter the BIC: the account is checked against it",
     QT_TRANSLATE_NOOP("Reasons", "Enter the BIC: the account is checked against it")),
    ("does not match the BIC (wrong check digit)",
     QT_TRANSLATE_NOOP("Reasons", "Does not match the BIC (wrong check digit)")),
]


MERGES: list[tuple[str, str]] = [
    # merges
    ("choose two records to merge", QT_TRANSLATE_NOOP("Reasons", "Choose two records to "
                                                                 "merge")),
    ("cannot be taken in a merge",
     QT_TRANSLATE_NOOP("Reasons", "This field cannot be taken in a merge")),
    ("the fields to take must be a list of field names",
     QT_TRANSLATE_NOOP("Reasons", "The fields to take are not given correctly")),
    ("a record of this merge no longer exists",
     QT_TRANSLATE_NOOP("Reasons", "A record of this merge no longer exists")),
]

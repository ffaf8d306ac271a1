"""Checks phone numbers and SMS short codes with `phonenumbers`, offline."""

from __future__ import annotations

import phonenumbers
from phonenumbers import shortnumberinfo

from peerdesk.core.errors import InvalidInput
from peerdesk.core.messages import say


def check_number(number: str, country: str | None, field: str) -> str:
    """Return the E.164 form of a full number, or the digits of a valid short code.

    Raises InvalidInput naming `field` when the number cannot be dialled in `country`.
    """
    text = number.strip()
    if not text:
        raise InvalidInput(say("the number is empty"), field=field)
    if country is None and not text.startswith("+"):
        raise NoCountry(text, field)
    try:
        parsed = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException as err:
        raise InvalidInput(
            say("{text!r} is not a phone number ({err})", text=text, err=err), field=field
        ) from err
    if phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    # Crisis lines are often short codes (988, 116 123, 1737) that only exist nationally.
    if country is not None and shortnumberinfo.is_valid_short_number_for_region(parsed, country):
        return str(parsed.national_number).zfill(len("".join(c for c in text if c.isdigit())))
    if country:
        message = say(
            "{text!r} is not a valid phone number or short code in {country}",
            text=text,
            country=country,
        )
    else:
        message = say("{text!r} is not a valid phone number or short code", text=text)
    raise InvalidInput(message, field=field)


class NoCountry(InvalidInput):
    """A local number with no country to dial it from."""

    def __init__(self, number: str, field: str) -> None:
        super().__init__(
            say(
                "{text!r} has no country; give the resource a country or write it as +<code> …",
                text=number,
            ),
            field=field,
        )
        self.number = number


def is_emergency_number(number: str, country: str) -> bool:
    """True for numbers such as 911, 999, 112, 000 or 111 in the given country."""
    return bool(shortnumberinfo.is_emergency_number(number, country))

"""Letters and marks of Vietnamese orthography, shared by the text modules."""

from typing import Final

# The five tone marks as combining characters (NFD form). "No tone" is their absence.
GRAVE: Final = "\u0300"  # huyền
HOOK: Final = "\u0309"  # hỏi
TILDE: Final = "\u0303"  # ngã
ACUTE: Final = "\u0301"  # sắc
DOT_BELOW: Final = "\u0323"  # nặng
TONE_MARKS: Final = frozenset((GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW))

# The 29 letters of the alphabet in dictionary order, with f j w z placed where ICU puts
# them (foreign names and acronyms use them). ă â đ ê ô ơ ư are letters in their own
# right, not accented variants: "ăn" sorts after every "a…" word.
ALPHABET: Final = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"

VOWELS: Final = frozenset("aăâeêioôơuưy")
# Vowels carrying a letter-forming mark; a tone always sits on one of these if present.
HATTED_VOWELS: Final = frozenset("ăâêôơư")

# Look-alikes of Đ/đ that turn up in pasted text: Icelandic eth and African D. NFKC does
# not unify them, and ICU sorts Ð as a "d", so they are mapped explicitly.
DJE_LOOKALIKES: Final = {
    "\u00d0": "\u0110",  # Ð eth
    "\u00f0": "\u0111",  # ð
    "\u0189": "\u0110",  # Ɖ African D
    "\u0256": "\u0111",  # ɖ
}

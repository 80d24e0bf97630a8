"""Ed25519 signatures over a pack's manifest, and the publishers this computer trusts.

All cryptography is the `cryptography` package's, imported inside the functions that need
it (opening the library or searching never loads it). Keys are stored as PEM (private:
PKCS#8, file mode 0600; public: SubjectPublicKeyInfo). A key's fingerprint is the SHA-256
of its raw 32 bytes, in hex: what `trusted` shows and `untrust` takes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from real_desktop.core.i18n import later
from real_desktop.core.packs.manifest import SIGNATURE_NAME, PackError

ALGORITHM = "ed25519"


def _raw_public(pub: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()


def keygen(keyfile: Path) -> tuple[Path, str]:
    """Write a new private key to KEYFILE (mode 0600, never overwritten) and its public
    key to KEYFILE.pub. Returns (public key path, fingerprint)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    keyfile = Path(keyfile)
    pubfile = keyfile.with_name(keyfile.name + ".pub")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        # O_EXCL: an existing key is never replaced; 0600 from the start, not chmod after.
        fd = os.open(keyfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise PackError(later.tr("{file}: already exists; choose another name").format(file=keyfile)) from None
    except OSError as exc:
        raise PackError(later.tr("{file}: cannot write the key: {error}").format(file=keyfile, error=exc.strerror)) from None
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    pub = key.public_key()
    pubfile.write_bytes(
        pub.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return pubfile, fingerprint(_raw_public(pub))


def load_public(path: Path) -> bytes:
    """The raw 32-byte Ed25519 public key in a PEM file."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(Path(path).read_bytes())
    except (OSError, ValueError) as exc:
        raise PackError(later.tr("{file}: not a public key file ({error})").format(file=path, error=exc)) from None
    if not isinstance(key, Ed25519PublicKey):
        raise PackError(later.tr("{file}: not an Ed25519 public key").format(file=path))
    return _raw_public(key)


def sign(manifest: bytes, keyfile: Path) -> bytes:
    """The signature member (JSON) for these manifest bytes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(Path(keyfile).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise PackError(later.tr("{file}: not a private key file ({error})").format(file=keyfile, error=exc)) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(later.tr("{file}: not an Ed25519 private key").format(file=keyfile))
    doc = {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(_raw_public(key.public_key())).decode(),
        "signature": base64.b64encode(key.sign(manifest)).decode(),
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def check_signature(manifest: bytes, signature: bytes) -> str:
    """The signer's fingerprint if `signature` (the member) is a valid Ed25519 signature
    of exactly these manifest bytes; PackError otherwise."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        doc = json.loads(signature.decode("utf-8"))
        if not isinstance(doc, dict) or doc.get("algorithm") != ALGORITHM:
            raise ValueError(later.tr("unknown algorithm"))
        raw = base64.b64decode(doc["public_key"], validate=True)
        sig = base64.b64decode(doc["signature"], validate=True)
        key = Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise PackError(later.tr("{file}: unreadable ({error})").format(file=SIGNATURE_NAME, error=exc)) from None
    try:
        key.verify(sig, manifest)
    except InvalidSignature:
        raise PackError(
            later.tr("{file}: the signature does not match manifest.json; "
                     "the manifest was changed after signing").format(file=SIGNATURE_NAME)
        ) from None
    return fingerprint(raw)


@dataclass(frozen=True)
class Publisher:
    fingerprint: str
    name: str
    public_key: str  # base64 of the raw key


class TrustStore:
    """The publisher keys this computer trusts: `trusted_publishers.json` in the data home."""

    def __init__(self, home: Path) -> None:
        self.path = Path(home) / "trusted_publishers.json"

    def publishers(self) -> list[Publisher]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise PackError(later.tr("{file}: unreadable trust store ({error})").format(file=self.path, error=exc)) from None
        out = []
        for d in data.get("publishers", []) if isinstance(data, dict) else []:
            if isinstance(d, dict) and isinstance(d.get("fingerprint"), str):
                out.append(Publisher(d["fingerprint"], str(d.get("name", "")), str(d.get("public_key", ""))))
        return out

    def is_trusted(self, fp: str) -> bool:
        return any(p.fingerprint == fp for p in self.publishers())

    def _save(self, pubs: list[Publisher]) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        doc = {"publishers": [p.__dict__ for p in sorted(pubs, key=lambda p: p.fingerprint)]}
        tmp.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, self.path)

    def trust(self, pubfile: Path, name: str = "") -> Publisher:
        raw = load_public(pubfile)
        pub = Publisher(fingerprint(raw), name or Path(pubfile).stem, base64.b64encode(raw).decode())
        pubs = [p for p in self.publishers() if p.fingerprint != pub.fingerprint]
        self._save([*pubs, pub])
        return pub

    def untrust(self, fp: str) -> Publisher:
        """Forget a publisher by fingerprint (an unambiguous prefix of 8+ digits will do)."""
        fp = fp.strip().lower().replace(":", "")
        pubs = self.publishers()
        found = [p for p in pubs if p.fingerprint == fp or (len(fp) >= 8 and p.fingerprint.startswith(fp))]
        if len(found) != 1:
            raise PackError(
                later.tr("no trusted publisher has the fingerprint {fingerprint}").format(fingerprint=fp)
                if not found
                else later.tr("{fingerprint} matches several publishers; give more digits").format(fingerprint=fp)
            )
        self._save([p for p in pubs if p is not found[0]])
        return found[0]

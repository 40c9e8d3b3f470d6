"""Is a registry file on a network share? There SQLite's WAL mode is unsafe.

WAL needs shared memory between the processes using the file, which network
file systems do not provide: a registry on a share uses the rollback journal
with exclusive locking instead, and the app says why and points to server mode.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "9p", "ncpfs",
    "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph",
})


def is_network_path(path: Path) -> bool:
    if sys.platform == "win32":
        return _windows_is_remote(path)
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            return filesystem_type(path, mounts.read()) in NETWORK_FILESYSTEMS
    except OSError:
        return False  # no /proc (macOS): assume local


def filesystem_type(path: Path, mounts: str) -> str:
    """The type of the file system holding *path*, from /proc/mounts text."""
    target = os.path.realpath(path.parent if not path.exists() else path)
    best, best_type = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # \\server\share\...
        return True
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
    drive_remote = 4
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive) == drive_remote)

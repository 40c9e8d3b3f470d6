"""Messages about backups, restores and checks."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "backup.check_failed": {
        "en": "{path} failed its check ({detail}); nothing was replaced.",
        "vi": "{path} không qua được bước kiểm tra ({detail}); không có gì bị thay thế.",
    },
    "backup.disk_full": {
        "en": "There is not enough space on the disk to write the backup {path}: no backup "
        "was made, and the registry is unchanged.",
        "vi": "Ổ đĩa không còn đủ chỗ để ghi bản sao lưu {path}: chưa sao lưu được, sổ đăng "
        "ký vẫn giữ nguyên.",
    },
    "backup.not_a_backup": {
        "en": "{path} is not a backup of a Ceremony registry; nothing was replaced.",
        "vi": "{path} không phải bản sao lưu sổ đăng ký Ceremony; không có gì bị thay thế.",
    },
    "backup.missing": {
        "en": "There is no backup file {path}.",
        "vi": "Không có tệp sao lưu {path}.",
    },
    "backup.server": {
        "en": "The registry {url} is on a server: back it up and restore it with the server's "
        "own tools (pg_dump, pg_restore).",
        "vi": "Sổ đăng ký {url} nằm trên máy chủ: hãy sao lưu và phục hồi bằng công cụ của máy "
        "chủ (pg_dump, pg_restore).",
    },
    "cli.backup_written": {
        "en": "Backed up to {path}",
        "vi": "Đã sao lưu vào {path}",
    },
    "cli.restored": {
        "en": "Restored {backup}; the replaced registry was kept as {aside}",
        "vi": "Đã phục hồi từ {backup}; sổ cũ được giữ lại ở {aside}",
    },
    "cli.check_ok": {
        "en": "The registry {path} is sound.",
        "vi": "Sổ đăng ký {path} nguyên vẹn.",
    },
    "cli.check_failed": {
        "en": "The registry {path} has problems: {detail}",
        "vi": "Sổ đăng ký {path} có lỗi: {detail}",
    },
}

"""Messages of the registry, the services and the command line."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "registry.not_sqlite": {
        "en": "{path} is not a Ceremony registry (it is not an SQLite database). "
        "It was left untouched.",
        "vi": "{path} không phải là sổ đăng ký của Ceremony (không phải cơ sở dữ liệu "
        "SQLite). Tệp được giữ nguyên.",
    },
    "registry.foreign": {
        "en": "{path} is an SQLite database of another program, not a Ceremony registry. "
        "It was left untouched.",
        "vi": "{path} là cơ sở dữ liệu SQLite của chương trình khác, không phải sổ đăng ký "
        "của Ceremony. Tệp được giữ nguyên.",
    },
    "registry.corrupt": {
        "en": "{path} cannot be read as a database ({detail}). It was left untouched.",
        "vi": "Không đọc được {path} như một cơ sở dữ liệu ({detail}). Tệp được giữ nguyên.",
    },
    "registry.newer": {
        "en": "{path} was written by a newer version of Ceremony (schema {found}). "
        "It is open read-only; install the newer version to change it.",
        "vi": "{path} được ghi bởi phiên bản Ceremony mới hơn (lược đồ {found}). "
        "Sổ chỉ mở để xem; hãy cài phiên bản mới hơn để sửa.",
    },
    "registry.read_only": {
        "en": "The registry {path} is open read-only: {reason}",
        "vi": "Sổ đăng ký {path} đang mở chỉ để xem: {reason}",
    },
    "registry.folder_unwritable": {
        "en": "Cannot create the registry {path}: the folder {folder} does not exist "
        "or cannot be written.",
        "vi": "Không tạo được sổ đăng ký {path}: thư mục {folder} không tồn tại "
        "hoặc không ghi được.",
    },
    "registry.is_folder": {
        "en": "{path} is a folder, not a registry file.",
        "vi": "{path} là một thư mục, không phải tệp sổ đăng ký.",
    },
    "registry.unreachable": {
        "en": "Cannot connect to the registry server {url}: {detail}",
        "vi": "Không kết nối được máy chủ sổ đăng ký {url}: {detail}",
    },
    "registry.migration_failed": {
        "en": "Upgrading the registry {path} failed ({detail}); it was left as it was.",
        "vi": "Nâng cấp sổ đăng ký {path} thất bại ({detail}); sổ được giữ nguyên như cũ.",
    },
    "registry.locked_needs_upgrade": {
        "en": "{path} needs upgrading, but another copy of Ceremony has it open. Close "
        "that copy first.",
        "vi": "{path} cần nâng cấp nhưng đang được một bản Ceremony khác mở. Hãy đóng bản "
        "đó trước.",
    },
    "registry.locked": {
        "en": "The registry is open in another copy of Ceremony, by {user} on {host} since "
        "{since}. It is open here read-only.",
        "vi": "Sổ đăng ký đang được {user} mở trên máy {host} từ {since}. Ở đây sổ chỉ mở "
        "để xem.",
    },
    "registry.network_share": {
        "en": "This registry is on a network share: only one person can write at a time, and "
        "it runs more slowly. For several clerks, use a PostgreSQL server instead.",
        "vi": "Sổ đăng ký này nằm trên ổ mạng: mỗi lúc chỉ một người được ghi và chạy chậm "
        "hơn. Nếu nhiều cán bộ cùng làm, hãy dùng máy chủ PostgreSQL.",
    },
    "registry.disk_full": {
        "en": "There is no space left on the disk holding the registry {path}: nothing was "
        "saved. Free some space, then try again.",
        "vi": "Ổ đĩa chứa sổ đăng ký {path} đã hết chỗ trống: chưa có gì được lưu. Hãy giải "
        "phóng bớt dung lượng rồi thử lại.",
    },
    "file.disk_full": {
        "en": "There is not enough space on the disk to write {path}: it was not written, and "
        "an earlier file of that name is unchanged.",
        "vi": "Ổ đĩa không còn đủ chỗ để ghi {path}: tệp chưa được ghi, tệp cũ cùng tên (nếu "
        "có) vẫn giữ nguyên.",
    },
    "file.write_failed": {
        "en": "Could not write {path}: {reason:en}. No file was kept and nothing was recorded "
        "as printed. Correct this, then try again.",
        "vi": "Không ghi được {path}: {reason:vi}. Không giữ lại tệp nào và chưa ghi nhận là "
        "đã in. Hãy khắc phục rồi thử lại.",
    },
    "file.write_failed_replaced": {
        "en": "Could not write {path}: {reason:en}. Nothing was recorded as printed and the new "
        "files were removed, but these earlier files had already been replaced by new ones "
        "and are gone: {replaced}.",
        "vi": "Không ghi được {path}: {reason:vi}. Chưa ghi nhận là đã in và các tệp mới đã "
        "được xóa, nhưng các tệp cũ sau đây đã bị thay bằng tệp mới nên không còn nữa: "
        "{replaced}.",
    },
    "file.reason.is_folder": {
        "en": "it is a folder; give a file name ending in .pdf",
        "vi": "đó là một thư mục; hãy ghi tên tệp có đuôi .pdf",
    },
    "file.reason.denied": {
        "en": "access was refused; the file may be open in another program (such as a PDF "
        "viewer: close it there), or you may not have permission to write in that folder",
        "vi": "không được phép ghi; có thể tệp đang mở trong chương trình khác (như trình xem "
        "PDF: hãy đóng tệp ở đó), hoặc bạn không có quyền ghi vào thư mục đó",
    },
    "file.reason.read_only": {
        "en": "the disk or folder can only be read, not written",
        "vi": "ổ đĩa hoặc thư mục chỉ cho phép đọc, không cho phép ghi",
    },
    "file.reason.no_folder": {
        "en": "its folder or drive does not exist",
        "vi": "thư mục hoặc ổ đĩa chứa tệp không tồn tại",
    },
    "file.reason.not_folder": {
        "en": "part of its path is a file, not a folder",
        "vi": "một phần của đường dẫn là tệp, không phải thư mục",
    },
    "file.reason.name_too_long": {
        "en": "its name or path is too long",
        "vi": "tên hoặc đường dẫn của tệp quá dài",
    },
    "file.reason.other": {
        "en": "the system reports: {detail}",
        "vi": "hệ thống báo lỗi: {detail}",
    },
    "ceremony.not_found": {
        "en": "There is no ceremony with id {id}.",
        "vi": "Không có buổi lễ nào mang mã {id}.",
    },
    "ceremony.title_empty": {
        "en": "A ceremony needs a title.",
        "vi": "Buổi lễ cần có tên.",
    },
    "value.bad_date": {
        "en": "{value} is not a date in the form YYYY-MM-DD.",
        "vi": "{value} không phải ngày theo dạng NNNN-TT-NN (năm-tháng-ngày).",
    },
    "value.bad_time": {
        "en": "{value} is not a time in the form HH:MM.",
        "vi": "{value} không phải giờ theo dạng GG:PP.",
    },
    "value.bad_language": {
        "en": "{value} is not a supported language (vi, en).",
        "vi": "{value} không phải ngôn ngữ được hỗ trợ (vi, en).",
    },
    "sample.already_loaded": {
        "en": "The sample ceremony is already in the registry (id {id}).",
        "vi": "Buổi lễ mẫu đã có trong sổ đăng ký (mã {id}).",
    },
    "cli.registry_at": {
        "en": "Registry: {location} (schema {revision})",
        "vi": "Sổ đăng ký: {location} (lược đồ {revision})",
    },
    "cli.no_ceremonies": {
        "en": "No ceremonies yet.",
        "vi": "Chưa có buổi lễ nào.",
    },
    "cli.no_honorees": {
        "en": "No honorees match.",
        "vi": "Không có người/tập thể nào phù hợp.",
    },
    "cli.ceremony_added": {
        "en": "Added ceremony {id}: {title} ({date})",
        "vi": "Đã thêm buổi lễ {id}: {title} ({date})",
    },
    "cli.demo_loaded": {
        "en": "Loaded the sample ceremony {id}: {title} with {awards} awards.",
        "vi": "Đã nạp buổi lễ mẫu {id}: {title} với {awards} khen thưởng.",
    },
    "cli.demo_wrote": {
        "en": "Wrote {path}",
        "vi": "Đã ghi {path}",
    },
    "cli.gui_unavailable": {
        "en": "The desktop app cannot start here: {detail}",
        "vi": "Không khởi động được ứng dụng: {detail}",
    },
    "cli.ceremony_line": {
        "en": "{id:>4}  {date}  {title}  ({awards} awards)",
        "vi": "{id:>4}  {date}  {title}  ({awards} khen thưởng)",
    },
    "cli.honoree_line": {
        "en": "{id:>5}  {name} ({kind}) {rank} — {unit} — {award}",
        "vi": "{id:>5}  {name} ({kind}) {rank} — {unit} — {award}",
    },
    "kind.individual": {"en": "individual", "vi": "cá nhân"},
    "kind.collective": {"en": "collective", "vi": "tập thể"},
    "status.nominated": {"en": "nominated", "vi": "đề nghị"},
    "status.approved": {"en": "approved", "vi": "đã duyệt"},
    "status.printed": {"en": "printed", "vi": "đã in"},
    "status.presented": {"en": "presented", "vi": "đã trao"},
    "status.absent": {"en": "absent", "vi": "vắng mặt"},
}

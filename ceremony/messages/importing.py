"""Messages of the importer and the import commands."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "import.at": {
        "en": "{file}, sheet {sheet}, row {row}, column {column}: {message}",
        "vi": "{file}, trang {sheet}, dòng {row}, cột {column}: {message}",
    },
    "import.unreadable": {
        "en": "Cannot read {file}: {detail}", "vi": "Không đọc được {file}: {detail}"},
    "import.empty_file": {
        "en": "{file} is empty.", "vi": "Tệp {file} rỗng."},
    "import.too_big": {
        "en": "{file} is {size} MB; lists larger than {limit} MB are refused.",
        "vi": "Tệp {file} nặng {size} MB; không nhận danh sách lớn hơn {limit} MB."},
    "import.pdf": {
        "en": "{file} is a PDF document, not a spreadsheet. Ask for the Excel file.",
        "vi": "Tệp {file} là tài liệu PDF, không phải bảng tính. Hãy xin tệp Excel."},
    "import.not_spreadsheet": {
        "en": "{file} is not a spreadsheet or a text list that can be read.",
        "vi": "Tệp {file} không phải bảng tính hay danh sách văn bản đọc được."},
    "import.corrupt": {
        "en": "{file} is damaged or not what its name says ({detail}).",
        "vi": "Tệp {file} bị hỏng hoặc không đúng loại như tên tệp ({detail})."},
    "import.bad_encoding": {
        "en": "{file} is not in a text encoding that can be recognised ({detail}).",
        "vi": "Không nhận ra bảng mã của tệp {file} ({detail})."},
    "import.zip_entries": {
        "en": "{file} holds {count} parts (at most {limit} allowed): refused as unsafe.",
        "vi": "Tệp {file} chứa {count} phần (tối đa {limit}): bị từ chối vì không an toàn."},
    "import.zip_size": {
        "en": "{file} would unpack to {size} MB (at most {limit} MB): refused as unsafe.",
        "vi": "Tệp {file} giải nén ra {size} MB (tối đa {limit} MB): bị từ chối vì không "
              "an toàn."},
    "import.zip_ratio": {
        "en": "{file}: part {name} is compressed {ratio}× (at most {limit}×), "
              "the mark of a zip bomb: refused.",
        "vi": "Tệp {file}: phần {name} nén {ratio} lần (tối đa {limit} lần), dấu hiệu "
              "của bom nén: bị từ chối."},
    "import.zip_unsafe": {
        "en": "{file} contains a part with an unsafe name ({name}): refused.",
        "vi": "Tệp {file} chứa phần có tên không an toàn ({name}): bị từ chối."},
    "import.encrypted": {
        "en": "{file} is password-protected; save it without a password first.",
        "vi": "Tệp {file} có mật khẩu; hãy lưu lại không mật khẩu trước."},
    "import.xml_unsafe": {
        "en": "{file}: part {name} declares XML entities, which spreadsheets never do: "
              "refused as unsafe.",
        "vi": "Tệp {file}: phần {name} khai báo thực thể XML, điều bảng tính không bao giờ "
              "làm: bị từ chối vì không an toàn."},
    "import.too_many_rows": {
        "en": "{file} {sheet}: more than {limit} rows or too many columns: refused.",
        "vi": "Tệp {file} {sheet}: quá {limit} dòng hoặc quá nhiều cột: bị từ chối."},
    "import.sheet_not_found": {
        "en": "{file} has no sheet named {sheet}; its sheets are: {sheets}.",
        "vi": "Tệp {file} không có trang tên {sheet}; các trang là: {sheets}."},
    "import.no_header": {
        "en": "{file} {sheet}: no header row with a name column (Họ và tên, Full name…) "
              "was found.",
        "vi": "Tệp {file} {sheet}: không tìm thấy dòng tiêu đề có cột tên (Họ và tên, "
              "Tên tập thể…)."},
    "import.header_row_outside": {
        "en": "{file}, sheet {sheet}: there is no row {row} to take as the header; the "
              "sheet has {rows} row(s).",
        "vi": "Tệp {file}, trang {sheet}: không có dòng {row} để làm dòng tiêu đề; trang "
              "này có {rows} dòng."},
    "import.no_name_column": {
        "en": "No column is read as the name: choose which column holds the names "
              "(Họ và tên, Full name…).",
        "vi": "Chưa có cột nào được đọc là họ tên: hãy chọn cột chứa họ tên (Họ và tên, "
              "Tên tập thể…)."},
    "import.bad_field": {
        "en": "{field} is not a field; use one of: {fields}.",
        "vi": "{field} không phải tên trường; hãy dùng một trong: {fields}."},
    "import.bad_map": {
        "en": "--map needs HEADER=FIELD, not {spec}.",
        "vi": "--map cần dạng TIÊU_ĐỀ=TRƯỜNG, không phải {spec}."},
    "import.map_unknown_header": {
        "en": "{file} has no column headed {header}; its headers are: {headers}.",
        "vi": "Tệp {file} không có cột tiêu đề {header}; các tiêu đề là: {headers}."},
    "import.cancelled": {
        "en": "The import was cancelled; nothing was changed.",
        "vi": "Đã hủy nhập danh sách; không có gì thay đổi."},
    "import.refused": {
        "en": "The list was refused: {count} problem(s) to fix; nothing was imported.",
        "vi": "Danh sách bị từ chối: có {count} lỗi cần sửa; chưa nhập gì."},
    "import.award_unknown": {
        "en": "The award {award} is not in the registry; give --authority to create it.",
        "vi": "Hình thức khen thưởng {award} chưa có trong sổ; hãy thêm --authority để tạo."},
    "import.award_ambiguous": {
        "en": "Several authorities confer {award} ({authorities}); say which with --authority.",
        "vi": "Nhiều cấp khen có {award} ({authorities}); hãy chỉ rõ bằng --authority."},
    "import.batch_not_found": {
        "en": "There is no import with id {id}.", "vi": "Không có lần nhập nào mang mã {id}."},
    "import.batch_undone": {
        "en": "Import {id} was already undone on {at}.",
        "vi": "Lần nhập {id} đã được hoàn tác lúc {at}."},
    "import.batch_printed": {
        "en": "Import {id} cannot be undone: {count} of its certificates have been printed.",
        "vi": "Không hoàn tác được lần nhập {id}: đã in {count} bằng/giấy khen của nó."},
    "cell.too_long": {
        "en": "the cell holds {length} characters (at most {limit}).",
        "vi": "ô có {length} ký tự (tối đa {limit})."},
    "cell.control_chars": {
        "en": "the cell contains control characters.", "vi": "ô chứa ký tự điều khiển."},
    "cell.mojibake": {
        "en": "garbled text ({value}) that cannot be repaired; retype it in Unicode.",
        "vi": "chữ bị lỗi phông ({value}) không sửa được; hãy gõ lại bằng Unicode."},
    "cell.missing_name": {
        "en": "the row has no name.", "vi": "dòng không có họ tên."},
    "cell.bad_date": {
        "en": "{value} is not a date that can be read.", "vi": "{value} không phải ngày hợp lệ."},
    "cell.bad_year": {
        "en": "{value} is not a year.", "vi": "{value} không phải năm hợp lệ."},
    "cell.bad_gender": {
        "en": "{value} is not a gender (Nam/Nữ, male/female).",
        "vi": "{value} không phải giới tính (Nam/Nữ)."},
    "cell.unprintable": {
        "en": "{value} contains characters the certificate fonts cannot print: {chars}.",
        "vi": "{value} có ký tự phông in bằng khen không in được: {chars}."},
    "row.no_award": {
        "en": "no award for {value}: give --award or an award column.",
        "vi": "chưa có hình thức khen thưởng cho {value}: hãy dùng --award hoặc cột hình thức."},
    "row.unknown_award": {
        "en": "the award {award} is not in the registry; give --authority to create it.",
        "vi": "hình thức {award} chưa có trong sổ; hãy thêm --authority để tạo."},
    "row.award_kind": {
        "en": "{award} cannot be given to a {kind}: {value}.",
        "vi": "{award} không trao cho {kind}: {value}."},
    "row.twice_in_list": {
        "en": "{value} is listed twice (also on row {other}).",
        "vi": "{value} có tên hai lần (cả ở dòng {other})."},
    "row.once_held": {
        "en": "{value} already holds {award}, which is given only once.",
        "vi": "{value} đã được tặng {award}, hình thức chỉ tặng một lần."},
    "row.too_soon": {
        "en": "{value} received {award} on {previous}, less than {years} years before this award.",
        "vi": ("{value} đã được tặng {award} ngày {previous}, "
               "chưa đủ {years} năm đến lần khen này.")},
    "row.already_awarded": {
        "en": "{value} already holds {award} by this decision (imported before?).",
        "vi": "{value} đã có {award} theo quyết định này (đã nhập trước đó?)."},
    "warn.kind_guessed": {
        "en": "{value}: taken to be {kind} from the shape of the name; check it.",
        "vi": "{value}: đoán là {kind} theo dạng tên; hãy kiểm tra."},
    "warn.honorific_removed": {
        "en": "{value}: the first word was taken as a form of address and removed; check it.",
        "vi": "{value}: từ đầu được coi là danh xưng (Ông/Bà) và bị bỏ; hãy kiểm tra."},
    "warn.text_converted": {
        "en": "{value} converted ({how}) to {after}.",
        "vi": "{value} đã chuyển mã ({how}) thành {after}."},
    "warn.possible_duplicate": {
        "en": "{value} may be the same as the registry's {existing}; kept apart.",
        "vi": "{value} có thể trùng với người đã có trong sổ: {existing}; vẫn nhập riêng."},
    "cli.import_row": {
        "en": "{row:>5}  {name} ({kind}) {rank} — {position} — {unit} — {award}",
        "vi": "{row:>5}  {name} ({kind}) {rank} — {position} — {unit} — {award}"},
    "cli.import_done": {
        "en": "Imported {count} awards (batch {batches}).",
        "vi": "Đã nhập {count} khen thưởng (lần nhập {batches})."},
    "cli.import_dry_run": {
        "en": "Dry run: {count} awards would be imported; nothing was written.",
        "vi": "Chạy thử: sẽ nhập {count} khen thưởng; chưa ghi gì."},
    "cli.batch_line": {
        "en": "{id:>4}  {at}  {rows} rows, {awards} awards  {source} {sheet} {undone}",
        "vi": "{id:>4}  {at}  {rows} dòng, {awards} khen thưởng  {source} {sheet} {undone}"},
    "cli.batch_undone_mark": {"en": "(undone)", "vi": "(đã hoàn tác)"},
    "cli.no_batches": {"en": "No imports yet.", "vi": "Chưa có lần nhập nào."},
    "cli.batch_undone": {
        "en": "Undid import {id}: removed {awards} awards and {honorees} honorees.",
        "vi": "Đã hoàn tác lần nhập {id}: xóa {awards} khen thưởng và {honorees} người/tập thể."},
}

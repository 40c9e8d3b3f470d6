<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ceremony/ui/about.py" line="19" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/about.py" line="21" />
        <source>Registry: %1</source>
        <translation>Sổ đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/about.py" line="21" />
        <source>not open</source>
        <translation>chưa mở</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="9" />
        <source>About Ceremony</source>
        <translation>Giới thiệu Ceremony</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="36" />
        <source>A registry of honorees that prints certificates and running orders for awards ceremonies.</source>
        <translation>Sổ đăng ký người và tập thể được khen thưởng, in bằng khen, giấy khen và chương trình buổi lễ trao thưởng.</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="51" />
        <source>Printed in Liberation Serif (SIL Open Font License 1.1). Built with Qt, SQLAlchemy and ReportLab.</source>
        <translation>In bằng phông Liberation Serif (giấy phép SIL Open Font License 1.1). Xây dựng trên Qt, SQLAlchemy và ReportLab.</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../ceremony/ui/models.py" line="125" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="126" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="127" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="128" />
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="129" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="130" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="131" />
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="132" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="138" />
        <source>individual</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="139" />
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="146" />
        <source>nominated</source>
        <translation>đề nghị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="147" />
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="148" />
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="149" />
        <source>presented</source>
        <translation>đã trao</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="150" />
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
</context>
<context>
    <name>BrowseModel</name>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="21" />
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="22" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="23" />
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="24" />
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="25" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="26" />
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="27" />
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="28" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/browse_model.py" line="29" />
        <source>Ceremony</source>
        <translation>Buổi lễ</translation>
    </message>
</context>
<context>
    <name>CeremoniesPage</name>
    <message>
        <location filename="../../ceremony/ui/pages/ceremonies_page.py" line="71" />
        <source>Search names (accents optional)…</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/ceremonies_page.py" line="118" />
        <source>No ceremony yet</source>
        <translation>Chưa có buổi lễ nào</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ceremony/ui/crash.py" line="48" />
        <source>Something went wrong: %1

Your registry is safe; the last change may not have been saved. Details are in %2.</source>
        <translation>Đã xảy ra lỗi: %1

Sổ đăng ký vẫn an toàn; thay đổi cuối cùng có thể chưa được lưu. Chi tiết ghi tại %2.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/crash.py" line="55" />
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="25" />
        <source>An unexpected error occurred: %1. Details were written to the log.</source>
        <translation>Đã xảy ra lỗi không mong đợi: %1. Chi tiết đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="33" />
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
</context>
<context>
    <name>HonoreeDialog</name>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="33" />
        <source>Honoree</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="33" />
        <source>New honoree</source>
        <translation>Thêm người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="39" />
        <source>&amp;Individual</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="40" />
        <source>&amp;Collective</source>
        <translation>&amp;Tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="55" />
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="56" />
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="59" />
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="65" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="66" />
        <source>&amp;Name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="67" />
        <source>&amp;Rank</source>
        <translation>&amp;Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="68" />
        <source>&amp;Position</source>
        <translation>C&amp;hức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="69" />
        <source>&amp;Unit</source>
        <translation>Đơ&amp;n vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="70" />
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="71" />
        <source>&amp;Year of birth</source>
        <translation>Năm &amp;sinh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="72" />
        <source>&amp;Ethnicity</source>
        <translation>&amp;Dân tộc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="73" />
        <source>N&amp;otes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
</context>
<context>
    <name>HonoreesPage</name>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="40" />
        <source>Search names or units (accents optional)…</source>
        <translation>Tìm theo tên hoặc đơn vị (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="43" />
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="47" />
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="51" />
        <source>Unit…</source>
        <translation>Đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="64" />
        <source>All honorees</source>
        <translation>Tất cả người và tập thể được khen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="45" />
        <source>Ceremony — awards registry</source>
        <translation>Ceremony — sổ khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="58" />
        <source>Registry: %1</source>
        <translation>Sổ đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="49" />
        <source>Opening the registry…</source>
        <translation>Đang mở sổ đăng ký…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="68" />
        <source>Ceremonies</source>
        <translation>Buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="68" />
        <source>Honorees</source>
        <translation>Người được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="96" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="97" />
        <source>New &amp;individual…</source>
        <translation>Thêm &amp;cá nhân…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="99" />
        <source>New &amp;collective…</source>
        <translation>Thêm &amp;tập thể…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="102" />
        <source>Load the &amp;sample ceremony</source>
        <translation>Nạp buổi lễ &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="106" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="109" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="110" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="112" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="116" />
        <source>&amp;Edit honoree…</source>
        <translation>&amp;Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="118" />
        <source>Set &amp;status of selected awards</source>
        <translation>Đặt &amp;trạng thái cho các khen thưởng đã chọn</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="125" />
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="128" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="129" />
        <source>&amp;Ceremonies</source>
        <translation>&amp;Buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="131" />
        <source>&amp;Honorees</source>
        <translation>&amp;Người được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="134" />
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="135" />
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="138" />
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="139" />
        <source>&amp;About Ceremony</source>
        <translation>&amp;Giới thiệu Ceremony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/main_window.py" line="159" />
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform></translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="188" />
        <source>New honoree</source>
        <translation>Thêm người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="240" />
        <source>Sample ceremony loaded</source>
        <translation>Đã nạp buổi lễ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="249" />
        <source>Welcome to Ceremony</source>
        <translation>Chào mừng đến với Ceremony</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="250" />
        <source>The registry is empty. Load the sample ceremony to look around?</source>
        <translation>Sổ đăng ký đang trống. Nạp buổi lễ mẫu để xem thử?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="251" />
        <source>Load sample</source>
        <translation>Nạp buổi lễ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="252" />
        <source>Start empty</source>
        <translation>Bắt đầu với sổ trống</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="26" />
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="27" />
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="30" />
        <source>Official 400 × 300 mm</source>
        <translation>Khổ chuẩn 400 × 300 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="35" />
        <source>The user's data folder; or a file, or a postgresql+psycopg:// URL</source>
        <translation>Thư mục dữ liệu của người dùng; hoặc một tệp, hoặc địa chỉ postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="38" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="39" />
        <source>Default &amp;paper</source>
        <translation>&amp;Khổ giấy mặc định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="40" />
        <source>Default &amp;template</source>
        <translation>&amp;Mẫu in mặc định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="41" />
        <source>&amp;Backup folder</source>
        <translation>Thư mục &amp;sao lưu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="42" />
        <source>&amp;Registry</source>
        <translation>&amp;Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="63" />
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="69" />
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ceremony/ui/undo_commands.py" line="75" />
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/undo_commands.py" line="91" />
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/undo_commands.py" line="109" />
        <source>Change the status of %n award(s)</source>
        <translation>
            <numerusform>Đổi trạng thái %n khen thưởng</numerusform></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="276" />
        <source>(read-only)</source>
        <translation>(chỉ xem)</translation>
    </message>
</context>
</TS>
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ceremony/ui/about.py" line="18" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/about.py" line="20" />
        <source>Registry: %1</source>
        <translation>Sổ đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/about.py" line="20" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="47" />
        <source>Ceremony — awards registry</source>
        <translation>Ceremony — sổ khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="76" />
        <source>Search names (accents optional)…</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="59" />
        <source>Registry: %1</source>
        <translation>Sổ đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="51" />
        <source>Opening the registry…</source>
        <translation>Đang mở sổ đăng ký…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="113" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="114" />
        <source>Load the &amp;sample ceremony</source>
        <translation>Nạp buổi lễ &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="119" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="124" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="125" />
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="130" />
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="131" />
        <source>&amp;About Ceremony</source>
        <translation>&amp;Giới thiệu Ceremony</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="156" />
        <source>No ceremony yet</source>
        <translation>Chưa có buổi lễ nào</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/main_window.py" line="163" />
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n khen thưởng</numerusform></translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="186" />
        <source>Sample ceremony loaded</source>
        <translation>Đã nạp buổi lễ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="194" />
        <source>Welcome to Ceremony</source>
        <translation>Chào mừng đến với Ceremony</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="195" />
        <source>The registry is empty. Load the sample ceremony to look around?</source>
        <translation>Sổ đăng ký đang trống. Nạp buổi lễ mẫu để xem thử?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="196" />
        <source>Load sample</source>
        <translation>Nạp buổi lễ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="197" />
        <source>Start empty</source>
        <translation>Bắt đầu với sổ trống</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="216" />
        <source>(read-only)</source>
        <translation>(chỉ xem)</translation>
    </message>
</context>
</TS>
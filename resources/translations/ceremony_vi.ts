<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ceremony/ui/about.py" line="19"/>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/about.py" line="21"/>
        <source>Registry: %1</source>
        <translation>Sổ đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/about.py" line="21"/>
        <source>not open</source>
        <translation>chưa mở</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="9"/>
        <source>About Ceremony</source>
        <translation>Giới thiệu Ceremony</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="36"/>
        <source>A registry of honorees that prints certificates and running orders for awards ceremonies.</source>
        <translation>Sổ đăng ký người và tập thể được khen thưởng, in bằng khen, giấy khen và chương trình buổi lễ trao thưởng.</translation>
    </message>
    <message>
        <location filename="../../forms/about_dialog.ui" line="51"/>
        <source>Printed in Liberation Serif (SIL Open Font License 1.1). Built with Qt, SQLAlchemy and ReportLab.</source>
        <translation>In bằng phông Liberation Serif (giấy phép SIL Open Font License 1.1). Xây dựng trên Qt, SQLAlchemy và ReportLab.</translation>
    </message>
</context>
<context>
    <name>AnnexTab</name>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="175"/>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="176"/>
        <source>Export &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="177"/>
        <source>Annexes (one per decision and award type)</source>
        <translation>Danh sách kèm theo (mỗi quyết định, mỗi hình thức khen thưởng một danh sách)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="178"/>
        <source>Honorees listed in the selected annex</source>
        <translation>Tập thể, cá nhân trong danh sách đang chọn</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="179"/>
        <source>Worded in the ceremony&apos;s language, as filed with the decisions.</source>
        <translation>Trình bày bằng ngôn ngữ của buổi lễ, đúng như danh sách lưu kèm quyết định.</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="79"/>
        <source>Authority</source>
        <translation>Cấp khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="86"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="87"/>
        <source>&amp;Title line on certificates</source>
        <translation>&amp;Dòng tiêu đề trên bằng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="88"/>
        <source>Signer&apos;s t&amp;itle</source>
        <translation>&amp;Chức danh người ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="89"/>
        <source>Signer&apos;s n&amp;ame</source>
        <translation>&amp;Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="90"/>
        <source>&amp;Place of signing</source>
        <translation>&amp;Địa danh ghi ngày ký</translation>
    </message>
</context>
<context>
    <name>AwardChart</name>
    <message>
        <location filename="../../ceremony/ui/reports/chart.py" line="198"/>
        <source>No awards to show</source>
        <translation>Không có khen thưởng nào để hiển thị</translation>
    </message>
</context>
<context>
    <name>AwardTableModel</name>
    <message>
        <location filename="../../ceremony/ui/models.py" line="149"/>
        <source>individual</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="150"/>
        <source>collective</source>
        <translation>tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="157"/>
        <source>nominated</source>
        <translation>đề nghị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="158"/>
        <source>approved</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="159"/>
        <source>printed</source>
        <translation>đã in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="160"/>
        <source>presented</source>
        <translation>đã trao</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="161"/>
        <source>absent</source>
        <translation>vắng mặt</translation>
    </message>
</context>
<context>
    <name>AwardTypeDialog</name>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="118"/>
        <source>Award type</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="123"/>
        <source>Medal</source>
        <translation>Huân, huy chương, kỷ niệm chương</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="123"/>
        <source>Commendation</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="124"/>
        <source>Certificate of merit</source>
        <translation>Bằng khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="125"/>
        <source>Title</source>
        <translation>Danh hiệu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="125"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="127"/>
        <source>Individuals and collectives</source>
        <translation>Cá nhân và tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="128"/>
        <source>Individuals only</source>
        <translation>Chỉ cá nhân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="129"/>
        <source>Collectives only</source>
        <translation>Chỉ tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="130"/>
        <source>Awarded at most once to anyone</source>
        <translation>Mỗi người/tập thể chỉ được nhận một lần</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="137"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="138"/>
        <source>&amp;Conferred by</source>
        <translation>&amp;Cấp khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="139"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="140"/>
        <source>&amp;Recipients</source>
        <translation>Đối &amp;tượng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="142"/>
        <source>&amp;Precedence (lower first)</source>
        <translation>&amp;Thứ tự ưu tiên (số nhỏ trao trước)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="143"/>
        <source>Default &amp;citation</source>
        <translation>&amp;Thành tích mặc định</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="44"/>
        <source>Presentation block</source>
        <translation>Khối trao thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="65"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="66"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="75"/>
        <source>Add a presenter</source>
        <translation>Thêm người trao</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Họ tên:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="78"/>
        <source>&amp;Rank:</source>
        <translation>&amp;Cấp bậc:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="79"/>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="81"/>
        <source>People per &amp;round:</source>
        <translation>Số người mỗi &amp;đợt:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="82"/>
        <source>Planned &amp;slot:</source>
        <translation>&amp;Thời lượng dự kiến:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/block_dialog.py" line="83"/>
        <source>&amp;Presented by (ticked):</source>
        <translation>&amp;Người trao (đánh dấu):</translation>
    </message>
</context>
<context>
    <name>CeremoniesPage</name>
    <message>
        <location filename="../../ceremony/ui/pages/ceremonies_page.py" line="98"/>
        <source>Search names (accents optional)…</source>
        <translation>Tìm theo tên (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/ceremonies_page.py" line="100"/>
        <location filename="../../ceremony/ui/pages/ceremonies_page.py" line="133"/>
        <source>No ceremony yet</source>
        <translation>Chưa có buổi lễ nào</translation>
    </message>
</context>
<context>
    <name>CeremonyDialog</name>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="30"/>
        <source>Ceremony</source>
        <translation>Buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="37"/>
        <source>at</source>
        <translation>lúc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="57"/>
        <source>&amp;Title</source>
        <translation>&amp;Tên buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="58"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="59"/>
        <source>&amp;Venue</source>
        <translation>Đị&amp;a điểm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="60"/>
        <source>&amp;Place (for the date line)</source>
        <translation>Địa &amp;danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="61"/>
        <source>&amp;Language of its documents</source>
        <translation>&amp;Ngôn ngữ của văn bản</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/ceremony_dialog.py" line="87"/>
        <source>A ceremony needs a title.</source>
        <translation>Buổi lễ cần có tên.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="55"/>
        <source>Check-in: %1</source>
        <translation>Điểm danh: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="56"/>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="59"/>
        <source>&amp;Attendance:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="59"/>
        <source>Received &amp;by:</source>
        <translation>&amp;Người nhận:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="59"/>
        <source>Their t&amp;itle:</source>
        <translation>C&amp;hức vụ người nhận:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="63"/>
        <source>A proxy, a relative or a collective&apos;s representative</source>
        <translation>Người nhận thay, thân nhân hoặc đại diện tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/checkin_panel.py" line="64"/>
        <source>&amp;Check in</source>
        <translation>Đ&amp;iểm danh</translation>
    </message>
</context>
<context>
    <name>ChoicesPanel</name>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="73"/>
        <source>What to print</source>
        <translation>In những gì</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="74"/>
        <source>C&amp;eremony:</source>
        <translation>&amp;Buổi lễ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="74"/>
        <source>&amp;Awards:</source>
        <translation>&amp;Khen thưởng:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="74"/>
        <source>Stage ro&amp;und:</source>
        <translation>Đợt lên &amp;sân khấu:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="75"/>
        <source>&amp;Order:</source>
        <translation>&amp;Thứ tự:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="75"/>
        <source>&amp;Template:</source>
        <translation>&amp;Mẫu in:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="75"/>
        <source>Paper:</source>
        <translation>Giấy:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="76"/>
        <source>Printer pro&amp;file:</source>
        <translation>&amp;Hồ sơ máy in:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="80"/>
        <source>Any ceremony</source>
        <translation>Mọi buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="81"/>
        <source>Pre-printed &amp;blanks: print only the variable text</source>
        <translation>In lên &amp;phôi: chỉ in phần nội dung thay đổi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="84"/>
        <source>Stage order (running order)</source>
        <translation>Thứ tự lên sân khấu (theo chương trình)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="85"/>
        <source>List order (as imported)</source>
        <translation>Thứ tự danh sách (như khi nhập)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="86"/>
        <source>Name order (Vietnamese)</source>
        <translation>Thứ tự tên (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="87"/>
        <source>Each award&apos;s own template</source>
        <translation>Mẫu riêng của từng hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="99"/>
        <source>(no profile: as designed)</source>
        <translation>(không dùng hồ sơ: đúng như thiết kế)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="107"/>
        <source>Every round</source>
        <translation>Mọi đợt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="108"/>
        <source>(no running order: rounds cannot be chosen)</source>
        <translation>(chưa có chương trình: chưa chọn được đợt)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/choices.py" line="134"/>
        <source>Every award of the ceremony</source>
        <translation>Tất cả khen thưởng của buổi lễ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/printing/choices.py" line="137"/>
        <source>The %n selected award(s)</source>
        <translation>
            <numerusform>%n khen thưởng đã chọn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ceremony/ui/models.py" line="133"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="134"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="135"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="136"/>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="137"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="138"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="139"/>
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="140"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="141"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/models.py" line="142"/>
        <source>Ceremony</source>
        <translation>Buổi lễ</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <location filename="../../ceremony/ui/import_wizard/commit_page.py" line="26"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/commit_page.py" line="27"/>
        <source>Everything is stored together, or nothing is. An import can be undone later from Import batches.</source>
        <translation>Tất cả được ghi cùng một lúc, hoặc không ghi gì. Có thể hoàn tác lần nhập sau này trong mục Các lần nhập.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/commit_page.py" line="42"/>
        <source>%1 error(s) remain. Go back to see them, correct the file and choose it again; nothing can be imported until then.</source>
        <translation>Còn %1 lỗi. Hãy quay lại để xem, sửa tệp rồi chọn lại; chưa thể nhập cho đến khi hết lỗi.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/commit_page.py" line="48"/>
        <source>Ready to import %1 honoree(s) from %2 sheet(s); %3 of them are already in the registry and get the new award without being created again. Press Finish to import.</source>
        <translation>Sẵn sàng nhập %1 tập thể, cá nhân từ %2 trang tính; %3 trong số đó đã có trong sổ và chỉ được thêm khen thưởng mới, không tạo lại. Bấm Hoàn tất để nhập.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../ceremony/ui/crash.py" line="48"/>
        <source>Something went wrong: %1

Your registry is safe; the last change may not have been saved. Details are in %2.</source>
        <translation>Đã xảy ra lỗi: %1

Sổ đăng ký vẫn an toàn; thay đổi cuối cùng có thể chưa được lưu. Chi tiết ghi tại %2.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/crash.py" line="55"/>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="158"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="166"/>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="171"/>
        <source>&amp;Number</source>
        <translation>&amp;Số</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="172"/>
        <source>&amp;Issued by</source>
        <translation>&amp;Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="173"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="174"/>
        <source>Signer&apos;s t&amp;itle</source>
        <translation>&amp;Chức danh người ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reference_forms.py" line="175"/>
        <source>Signer&apos;s n&amp;ame</source>
        <translation>&amp;Họ tên người ký</translation>
    </message>
</context>
<context>
    <name>DesignPreview</name>
    <message>
        <location filename="../../ceremony/ui/designer/preview.py" line="119"/>
        <source>&amp;Honoree:</source>
        <translation>&amp;Người được khen:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/preview.py" line="132"/>
        <source>The longest name in the ceremony</source>
        <translation>Tên dài nhất trong buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/preview.py" line="134"/>
        <source>A sample honoree (no ceremony chosen)</source>
        <translation>Người được khen mẫu (chưa chọn buổi lễ)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/preview.py" line="195"/>
        <source>Rendered in %1 ms, exactly as it will print.</source>
        <translation>Đã dựng trong %1 ms, đúng như khi in.</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="96"/>
        <source>&amp;Import template file…</source>
        <translation>&amp;Nhập tệp mẫu in…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="97"/>
        <source>&amp;Export template file…</source>
        <translation>&amp;Xuất tệp mẫu in…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="98"/>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="99"/>
        <source>&amp;Add field</source>
        <translation>&amp;Thêm ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="101"/>
        <source>&amp;Select all fields</source>
        <translation>&amp;Chọn tất cả các ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="102"/>
        <source>Align &amp;left edges</source>
        <translation>Căn thẳng mép trá&amp;i</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="103"/>
        <source>Align &amp;top edges</source>
        <translation>Căn thẳng &amp;mép trên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="104"/>
        <source>Same &amp;width</source>
        <translation>Cùng chiều rộn&amp;g</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="105"/>
        <source>&amp;Fit page</source>
        <translation>&amp;Vừa trang</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="106"/>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Cỡ thật (100%)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="107"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="108"/>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="109"/>
        <source>Snap to &amp;grid</source>
        <translation>Bám &amp;lưới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="112"/>
        <source>Pre-printed &amp;blank</source>
        <translation>&amp;In lên phôi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="94"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="95"/>
        <source>Save &amp;as new template…</source>
        <translation>Lưu thành mẫu &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="100"/>
        <source>Re&amp;move field</source>
        <translation>&amp;Xóa ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="110"/>
        <source>Fi&amp;ne grid (0.5 mm)</source>
        <translation>Lưới &amp;mịn (0,5 mm)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="111"/>
        <source>Snap to other fi&amp;elds</source>
        <translation>Bám theo các ô &amp;khác</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="113"/>
        <source>&amp;Blank scan…</source>
        <translation>Ảnh &amp;quét phôi…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="114"/>
        <source>&amp;Hide scan</source>
        <translation>Ẩn ảnh &amp;quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="115"/>
        <source>Re&amp;move scan</source>
        <translation>&amp;Bỏ ảnh quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="120"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="121"/>
        <source>Save as new…</source>
        <translation>Lưu thành mẫu mới…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="122"/>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="123"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="124"/>
        <source>Add field</source>
        <translation>Thêm ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="125"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="126"/>
        <source>Fit</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="130"/>
        <source>Grid</source>
        <translation>Lưới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="131"/>
        <source>Snap to fields</source>
        <translation>Bám theo ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="132"/>
        <source>Pre-printed blank</source>
        <translation>In lên phôi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="133"/>
        <source>Blank scan…</source>
        <translation>Ảnh quét phôi…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="134"/>
        <source>Hide scan</source>
        <translation>Ẩn ảnh quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="135"/>
        <source>Remove scan</source>
        <translation>Bỏ ảnh quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="141"/>
        <source>Move the selected fields so their left edges line up with the leftmost one</source>
        <translation>Di chuyển các ô đang chọn để mép trái của chúng thẳng hàng với ô nằm xa nhất bên trái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="143"/>
        <source>Move the selected fields so their top edges line up with the topmost one</source>
        <translation>Di chuyển các ô đang chọn để mép trên của chúng thẳng hàng với ô nằm cao nhất</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="145"/>
        <source>Make the selected fields as wide as the one selected first</source>
        <translation>Cho các ô đang chọn rộng bằng ô được chọn đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="147"/>
        <source>Show what prints on a pre-printed blank: fields already on the blank are dimmed and left out of the preview</source>
        <translation>Xem phần in lên phôi: các ô đã in sẵn trên phôi được làm mờ và không có trong bản xem trước</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="149"/>
        <source>The sheet at its real size on this screen</source>
        <translation>Tờ giấy ở đúng cỡ thật trên màn hình này</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="150"/>
        <source>The whole sheet in view (Ctrl+wheel zooms)</source>
        <translation>Hiện trọn tờ giấy (Ctrl + lăn chuột để phóng to, thu nhỏ)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="151"/>
        <source>Put a scan of the pre-printed blank (PNG, JPEG or PDF, scanned at the page&apos;s size) under the fields; it is saved with the template, never printed</source>
        <translation>Đặt ảnh quét của phôi (PNG, JPEG hoặc PDF, quét đúng khổ tờ giấy) xuống dưới các ô; ảnh được lưu cùng mẫu in và không bao giờ được in ra</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/actions.py" line="154"/>
        <source>Hide the blank&apos;s scan for a moment (Ctrl+H)</source>
        <translation>Tạm ẩn ảnh quét phôi (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/commands.py" line="89"/>
        <source>Add field %1</source>
        <translation>Thêm ô %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/commands.py" line="104"/>
        <source>Remove field %1</source>
        <translation>Xóa ô %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/field_item.py" line="130"/>
        <source>Too long: shrunk to %1 pt, below its minimum of %2 pt</source>
        <translation>Quá dài: đã thu nhỏ còn %1 pt, dưới cỡ tối thiểu %2 pt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/field_item.py" line="134"/>
        <source>Shrunk to its minimum size, %1 pt</source>
        <translation>Đã thu nhỏ đến cỡ tối thiểu, %1 pt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/field_item.py" line="257"/>
        <source>Move %1</source>
        <translation>Di chuyển %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/field_item.py" line="284"/>
        <source>Move %1 fields</source>
        <translation>Di chuyển %1 ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/field_item.py" line="305"/>
        <source>Resize %1</source>
        <translation>Đổi kích thước %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="10"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="11"/>
        <source>Name with prefix (Mr/Ms, Collective)</source>
        <translation>Họ tên kèm danh xưng (Ông/Bà, Tập thể)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="12"/>
        <source>Prefix only</source>
        <translation>Chỉ danh xưng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="13"/>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="14"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="15"/>
        <source>Rank, position</source>
        <translation>Cấp bậc, chức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="16"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="17"/>
        <source>Rank, position, unit</source>
        <translation>Cấp bậc, chức vụ, đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="18"/>
        <source>Citation (achievement)</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="19"/>
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="20"/>
        <source>Authority</source>
        <translation>Cấp khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="21"/>
        <source>Authority (as titled)</source>
        <translation>Cấp khen (theo tiêu đề)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="22"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="23"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="24"/>
        <source>Decision line (number and date)</source>
        <translation>Dòng quyết định (số và ngày)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="25"/>
        <source>Register number</source>
        <translation>Số sổ vàng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="26"/>
        <source>Register line</source>
        <translation>Dòng số sổ vàng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="27"/>
        <source>Place and date</source>
        <translation>Địa danh, ngày tháng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="28"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="29"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="30"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="31"/>
        <source>Posthumous note</source>
        <translation>Dòng truy tặng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="32"/>
        <source>Ceremony title</source>
        <translation>Tên buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="33"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="37"/>
        <source>Serif</source>
        <translation>Có chân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="38"/>
        <source>Serif bold</source>
        <translation>Có chân, đậm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="39"/>
        <source>Serif italic</source>
        <translation>Có chân, nghiêng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="40"/>
        <source>Serif bold italic</source>
        <translation>Có chân, đậm nghiêng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="41"/>
        <source>Display (names)</source>
        <translation>Trang trí (cho họ tên)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="42"/>
        <source>Display italic</source>
        <translation>Trang trí, nghiêng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="46"/>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="47"/>
        <source>Centre</source>
        <translation>Giữa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="48"/>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="52"/>
        <source>Top</source>
        <translation>Sát trên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="53"/>
        <source>Middle</source>
        <translation>Giữa (dọc)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/labels.py" line="54"/>
        <source>Bottom</source>
        <translation>Sát dưới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/group_actions.py" line="29"/>
        <source>Nudge %1 fields</source>
        <translation>Dịch %1 ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/group_actions.py" line="30"/>
        <source>Remove %1 fields</source>
        <translation>Xóa %1 ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/group_actions.py" line="31"/>
        <source>Align left edges of %1 fields</source>
        <translation>Căn thẳng mép trái %1 ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/group_actions.py" line="32"/>
        <source>Align top edges of %1 fields</source>
        <translation>Căn thẳng mép trên %1 ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/group_actions.py" line="33"/>
        <source>Same width for %1 fields</source>
        <translation>Đặt cùng chiều rộng cho %1 ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/__init__.py" line="54"/>
        <source>Template designer</source>
        <translation>Thiết kế mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/background.py" line="114"/>
        <source>The template&apos;s background %1 has no page %2.</source>
        <translation>Ảnh nền %1 của mẫu in không có trang %2.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/background.py" line="118"/>
        <source>The template&apos;s background cannot be drawn: %1 is damaged, or is not the picture or PDF it claims to be (%2).</source>
        <translation>Không vẽ được ảnh nền của mẫu in: tệp %1 bị hỏng, hoặc không phải là ảnh hay tệp PDF như tên tệp cho biết (%2).</translation>
    </message>
</context>
<context>
    <name>DesignerFiles</name>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="58"/>
        <source>Ceremony templates (*.json)</source>
        <translation>Mẫu in Ceremony (*.json)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="86"/>
        <source>Save as a new template</source>
        <translation>Lưu thành mẫu mới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="87"/>
        <source>You already have a template named %1. Replace it?</source>
        <translation>Bạn đã có một mẫu in tên %1. Thay thế mẫu đó?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="102"/>
        <source>Saved as %1</source>
        <translation>Đã lưu thành %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="113"/>
        <source>Import a template file</source>
        <translation>Nhập tệp mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="165"/>
        <source>Export the template</source>
        <translation>Xuất mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files_actions.py" line="178"/>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
</context>
<context>
    <name>DesignerScan</name>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="149"/>
        <source>Choose a scan of the blank</source>
        <translation>Chọn ảnh quét của phôi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="150"/>
        <source>Scans of the blank (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Ảnh quét phôi (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="157"/>
        <source>Blank scan</source>
        <translation>Ảnh quét phôi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="158"/>
        <source>%1 cannot be read as a picture or a PDF.</source>
        <translation>Không đọc được %1 dưới dạng ảnh hoặc PDF.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="165"/>
        <source>Choose the blank&apos;s scan</source>
        <translation>Chọn ảnh quét phôi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="171"/>
        <source>Remove the blank&apos;s scan</source>
        <translation>Bỏ ảnh quét phôi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="174"/>
        <source>Scan opacity</source>
        <translation>Độ rõ của ảnh quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="174"/>
        <source>Shift the scan</source>
        <translation>Dịch ảnh quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="175"/>
        <source>Turn the scan</source>
        <translation>Xoay ảnh quét</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="186"/>
        <source>The scan %1 is missing or unreadable: choose it again with Blank scan…</source>
        <translation>Không tìm thấy hoặc không đọc được ảnh quét %1: hãy chọn lại bằng nút Ảnh quét phôi…</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="219"/>
        <source>&amp;Template</source>
        <translation>&amp;Mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="220"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="221"/>
        <source>&amp;View</source>
        <translation>X&amp;em</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="222"/>
        <source>Fields on the sheet</source>
        <translation>Các ô trên tờ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="224"/>
        <source>Grid step</source>
        <translation>Bước lưới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="240"/>
        <source>Template designer — %1 (%2)[*]</source>
        <translation>Thiết kế mẫu in — %1 (%2)[*]</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="247"/>
        <source>Save the changes to your template %1</source>
        <translation>Lưu các thay đổi vào mẫu in %1 của bạn</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="250"/>
        <source>Built-in templates stay as they are: save the changes as a new template of your own</source>
        <translation>Mẫu in có sẵn được giữ nguyên: lưu các thay đổi thành một mẫu in mới của bạn</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="256"/>
        <source>Live preview</source>
        <translation>Xem trước trực tiếp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="312"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="313"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="314"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="315"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="396"/>
        <source>Change %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="412"/>
        <source>Nudge %1</source>
        <translation>Dịch %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="421"/>
        <source>New text</source>
        <translation>Văn bản mới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="431"/>
        <source>A template needs at least one field: add another field before removing this one.</source>
        <translation>Mẫu in cần có ít nhất một ô: hãy thêm ô khác trước khi xóa ô này.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="439"/>
        <source>Remove the selected fields (Delete)</source>
        <translation>Xóa các ô đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="517"/>
        <source>Zoom %1%</source>
        <translation>Thu phóng %1%</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="521"/>
        <source>X %1 mm · Y %2 mm</source>
        <translation>X %1 mm · Y %2 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="551"/>
        <source>Template designer</source>
        <translation>Thiết kế mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/window.py" line="552"/>
        <source>This template has changes that are not saved. Save them?</source>
        <translation>Mẫu in này có thay đổi chưa lưu. Lưu các thay đổi đó?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="25"/>
        <source>%1 was not found.</source>
        <translation>Không tìm thấy %1.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="26"/>
        <location filename="../../ceremony/ui/errors.py" line="28"/>
        <source>You are not allowed to open or change %1 (permission denied).</source>
        <translation>Bạn không có quyền mở hoặc thay đổi %1 (bị từ chối quyền truy cập).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="30"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là một thư mục, không phải một tệp.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="31"/>
        <source>Part of the path %1 is a file, not a folder.</source>
        <translation>Một phần của đường dẫn %1 là tệp, không phải thư mục.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="33"/>
        <source>There is already a file or folder at %1.</source>
        <translation>Đã có một tệp hoặc thư mục tại %1.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="34"/>
        <source>There is no space left on the disk to write %1.</source>
        <translation>Ổ đĩa đã hết chỗ trống để ghi %1.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="36"/>
        <source>%1 is on a disk that can only be read, not written.</source>
        <translation>%1 nằm trên ổ đĩa chỉ đọc, không ghi được.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="57"/>
        <source>The file is not UTF-8 text (it may be another kind of file, such as a spreadsheet or a picture).</source>
        <translation>Tệp không phải văn bản UTF-8 (có thể đây là loại tệp khác, như bảng tính hay hình ảnh).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="61"/>
        <source>The text is not valid JSON (line %1, column %2).</source>
        <translation>Nội dung không phải JSON hợp lệ (dòng %1, cột %2).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="67"/>
        <source>the file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="89"/>
        <source>An unexpected error occurred: %1. Details were written to the log.</source>
        <translation>Đã xảy ra lỗi không mong đợi: %1. Chi tiết đã được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/errors.py" line="99"/>
        <location filename="../../ceremony/ui/reports/export.py" line="132"/>
        <source>Ceremony</source>
        <translation>Ceremony</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../ceremony/ui/reports/export.py" line="114"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/export.py" line="130"/>
        <source>Could not write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="93"/>
        <source>Check what was found in the sheet</source>
        <translation>Kiểm tra những gì tìm thấy trong trang tính</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="94"/>
        <source>The sheet as the office typed it. Only the rows marked as honorees (no colour) are imported. If the header was not found right, select the row with the column titles.</source>
        <translation>Trang tính đúng như đơn vị đã gõ. Chỉ các dòng là người/tập thể được khen (không tô màu) mới được nhập. Nếu dòng tiêu đề cột chưa được nhận đúng, hãy chọn dòng có tên các cột.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="97"/>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="98"/>
        <source>&amp;This is the header row</source>
        <translation>Đây là &amp;dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="99"/>
        <source>Read the list again with the selected row as its header</source>
        <translation>Đọc lại danh sách, lấy dòng đang chọn làm dòng tiêu đề cột</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="101"/>
        <source>Find the header &amp;again</source>
        <translation>Tự tìm &amp;lại dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="149"/>
        <source>No header row was found in this sheet, so it is not imported. Select the row with the column titles (Họ và tên, Đơn vị…) and press “This is the header row”.</source>
        <translation>Không tìm thấy dòng tiêu đề cột trong trang này nên trang chưa được nhập. Hãy chọn dòng có tên các cột (Họ và tên, Đơn vị…) rồi bấm “Đây là dòng tiêu đề”.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_page.py" line="156"/>
        <source>Header found on row %1; %2 honoree(s) from row %3; %4 row(s) skipped.</source>
        <translation>Dòng tiêu đề cột ở dòng %1; %2 tập thể, cá nhân từ dòng %3; bỏ qua %4 dòng.</translation>
    </message>
</context>
<context>
    <name>HonoreeDialog</name>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="39"/>
        <source>Honoree</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="39"/>
        <source>New honoree</source>
        <translation>Thêm người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="50"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="50"/>
        <source>Award</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="50"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="50"/>
        <source>Ceremony</source>
        <translation>Buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="61"/>
        <source>Awards received</source>
        <translation>Các khen thưởng đã nhận</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="65"/>
        <source>&amp;Individual</source>
        <translation>&amp;Cá nhân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="66"/>
        <source>&amp;Collective</source>
        <translation>&amp;Tập thể</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="81"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="82"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="85"/>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="91"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="92"/>
        <source>&amp;Name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="93"/>
        <source>&amp;Rank</source>
        <translation>&amp;Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="94"/>
        <source>&amp;Position</source>
        <translation>C&amp;hức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="95"/>
        <source>&amp;Unit</source>
        <translation>Đơ&amp;n vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="96"/>
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="97"/>
        <source>&amp;Year of birth</source>
        <translation>Năm &amp;sinh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="98"/>
        <source>&amp;Ethnicity</source>
        <translation>&amp;Dân tộc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/honoree_dialog.py" line="99"/>
        <source>N&amp;otes</source>
        <translation>Ghi &amp;chú</translation>
    </message>
</context>
<context>
    <name>HonoreesPage</name>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="88"/>
        <source>Search names or units (accents optional)…</source>
        <translation>Tìm theo tên hoặc đơn vị (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="91"/>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="94"/>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="95"/>
        <source>All ceremonies</source>
        <translation>Mọi buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="96"/>
        <source>All awards</source>
        <translation>Mọi hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="89"/>
        <source>Unit…</source>
        <translation>Đơn vị…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/honorees_page.py" line="90"/>
        <source>All honorees</source>
        <translation>Tất cả người và tập thể được khen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="19"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="29"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="44"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="20"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="30"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="45"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="21"/>
        <source>Name in the list</source>
        <translation>Tên trong danh sách</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="22"/>
        <source>Unit in the list</source>
        <translation>Đơn vị trong danh sách</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="23"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="29"/>
        <source>Same as #%1 %2 (%3)</source>
        <translation>Chính là #%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/duplicates_model.py" line="60"/>
        <source>A different person: keep apart</source>
        <translation>Người khác: nhập riêng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_model.py" line="41"/>
        <source>Title block</source>
        <translation>Phần đầu văn bản</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_model.py" line="42"/>
        <source>Header</source>
        <translation>Tiêu đề cột</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_model.py" line="43"/>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_model.py" line="44"/>
        <source>Honoree</source>
        <translation>Người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_model.py" line="45"/>
        <source>Total, note or footer</source>
        <translation>Dòng tổng, ghi chú hoặc phần ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/grid_model.py" line="46"/>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="19"/>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="20"/>
        <source>Number in the list</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="21"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="32"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="22"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="34"/>
        <source>Rank</source>
        <translation>Cấp bậc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="23"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="35"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="24"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="36"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="25"/>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="26"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="27"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="28"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="29"/>
        <source>Year of birth (men)</source>
        <translation>Năm sinh (nam)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="30"/>
        <source>Year of birth (women)</source>
        <translation>Năm sinh (nữ)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="31"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="32"/>
        <source>Citation</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="33"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="38"/>
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="34"/>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="35"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="36"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="38"/>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="46"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="39"/>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="40"/>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_model.py" line="41"/>
        <source>First values</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="31"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="33"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="37"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="39"/>
        <source>In the registry</source>
        <translation>Đã có trong sổ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="40"/>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="42"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="43"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="47"/>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="52"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_models.py" line="53"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/wizard.py" line="54"/>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/wizard.py" line="68"/>
        <source>Reading the list…</source>
        <translation>Đang đọc danh sách…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/wizard.py" line="87"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/wizard.py" line="90"/>
        <source>Storing the honorees…</source>
        <translation>Đang ghi danh sách khen thưởng…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/worker.py" line="58"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ImportsPage</name>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="69"/>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Hủy lần nhập này…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="93"/>
        <source>Undo this import</source>
        <translation>Hủy lần nhập này</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="94"/>
        <source>Remove the %1 award(s) imported from %2, and the honorees that import created? Honorees who already had other awards are kept.</source>
        <translation>Xóa %1 khen thưởng đã nhập từ %2 và những người/tập thể do lần nhập đó tạo ra? Người/tập thể đã có khen thưởng khác được giữ lại.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../ceremony/ui/printing/worker.py" line="65"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="86"/>
        <source>Ceremony — awards registry</source>
        <translation>Ceremony — sổ khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="77"/>
        <source>Registry: %1</source>
        <translation>Sổ đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="69"/>
        <source>Opening the registry…</source>
        <translation>Đang mở sổ đăng ký…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="87"/>
        <source>Ceremonies</source>
        <translation>Buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="87"/>
        <source>Honorees</source>
        <translation>Người được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="87"/>
        <source>Awards and decisions</source>
        <translation>Khen thưởng và quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="88"/>
        <source>Import batches</source>
        <translation>Các lần nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="88"/>
        <source>Templates</source>
        <translation>Mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="88"/>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="89"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="154"/>
        <source>New c&amp;eremony…</source>
        <translation>Thêm &amp;buổi lễ…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="156"/>
        <source>Ceremony &amp;details…</source>
        <translation>&amp;Thông tin buổi lễ…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="158"/>
        <source>New &amp;individual…</source>
        <translation>Thêm &amp;cá nhân…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="160"/>
        <source>New &amp;collective…</source>
        <translation>Thêm &amp;tập thể…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="163"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="165"/>
        <source>Load the &amp;sample ceremony</source>
        <translation>Nạp buổi lễ &amp;mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="168"/>
        <source>&amp;Print certificates…</source>
        <translation>&amp;In bằng, giấy khen…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="171"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="172"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Phục hồi từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="174"/>
        <source>C&amp;heck the registry</source>
        <translation>&amp;Kiểm tra sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="179"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="180"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="182"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="186"/>
        <source>&amp;Edit honoree…</source>
        <translation>&amp;Sửa thông tin…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="188"/>
        <source>Set &amp;status of selected awards</source>
        <translation>Đặt &amp;trạng thái cho các khen thưởng đã chọn</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="194"/>
        <source>Set &amp;citation of selected awards…</source>
        <translation>Đặt &amp;thành tích cho các khen thưởng đã chọn…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="196"/>
        <source>&amp;Move selected awards to a ceremony…</source>
        <translation>&amp;Chuyển các khen thưởng đã chọn sang buổi lễ…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="199"/>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="202"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="203"/>
        <source>&amp;Ceremonies</source>
        <translation>&amp;Buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="205"/>
        <source>&amp;Honorees</source>
        <translation>&amp;Người được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="207"/>
        <source>&amp;Awards and decisions</source>
        <translation>&amp;Khen thưởng và quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="209"/>
        <source>&amp;Import batches</source>
        <translation>Các lần &amp;nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="211"/>
        <source>&amp;Templates</source>
        <translation>&amp;Mẫu in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="213"/>
        <source>&amp;Programme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="215"/>
        <source>&amp;Reports</source>
        <translation>Bá&amp;o cáo</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="217"/>
        <source>On stage &amp;now (projector)</source>
        <translation>Đang trên &amp;sân khấu (máy chiếu)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="220"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="221"/>
        <source>Pr&amp;inter profiles…</source>
        <translation>Hồ sơ &amp;máy in…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="223"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="227"/>
        <source>&amp;About Ceremony</source>
        <translation>&amp;Giới thiệu Ceremony</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/main_window.py" line="259"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="295"/>
        <source>New honoree</source>
        <translation>Thêm người/tập thể được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="400"/>
        <source>Citation</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="400"/>
        <source>The achievement printed on the certificates:</source>
        <translation>Thành tích in trên bằng:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="411"/>
        <source>(no ceremony)</source>
        <translation>(không thuộc buổi lễ nào)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="412"/>
        <source>Move to a ceremony</source>
        <translation>Chuyển sang buổi lễ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="413"/>
        <source>Ceremony:</source>
        <translation>Buổi lễ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="446"/>
        <source>Sample ceremony loaded</source>
        <translation>Đã nạp buổi lễ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="455"/>
        <source>Welcome to Ceremony</source>
        <translation>Chào mừng đến với Ceremony</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="456"/>
        <source>The registry is empty. Load the sample ceremony to look around?</source>
        <translation>Sổ đăng ký đang trống. Nạp buổi lễ mẫu để xem thử?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="457"/>
        <source>Load sample</source>
        <translation>Nạp buổi lễ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="458"/>
        <source>Start empty</source>
        <translation>Bắt đầu với sổ trống</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="484"/>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="500"/>
        <source>Restore from a backup</source>
        <translation>Phục hồi từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="501"/>
        <source>Registry backups (*.sqlite3)</source>
        <translation>Bản sao lưu sổ đăng ký (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="515"/>
        <source>Restored; the replaced registry was kept as %1</source>
        <translation>Đã phục hồi; sổ cũ được giữ lại ở %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="529"/>
        <location filename="../../ceremony/ui/main_window.py" line="532"/>
        <source>Check the registry</source>
        <translation>Kiểm tra sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="530"/>
        <source>The registry is sound.</source>
        <translation>Sổ đăng ký nguyên vẹn.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="533"/>
        <source>The registry has problems: %1</source>
        <translation>Sổ đăng ký có lỗi: %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_page.py" line="59"/>
        <source>Match the columns</source>
        <translation>Ghép các cột</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_page.py" line="60"/>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_page.py" line="68"/>
        <source>Each column of the list and what it is read as. Change a column&apos;s field to correct it; the mapping is remembered for lists with the same headers.</source>
        <translation>Từng cột của danh sách và nội dung được đọc. Đổi trường của một cột để sửa; cách ghép được ghi nhớ cho các danh sách có cùng tiêu đề cột.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/mapping_page.py" line="70"/>
        <source>This sheet&apos;s headers were seen before: the mapping used then is applied.</source>
        <translation>Tiêu đề cột của trang này đã gặp trước đây: dùng lại cách ghép lần trước.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="87"/>
        <source>Check the honorees</source>
        <translation>Kiểm tra danh sách khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="88"/>
        <source>Rows with errors (red) must be corrected in the file before importing; warnings (yellow) are worth a look.</source>
        <translation>Các dòng có lỗi (đỏ) phải được sửa trong tệp trước khi nhập; các cảnh báo (vàng) nên xem lại.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="90"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="94"/>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="95"/>
        <source>Rows with errors</source>
        <translation>Các dòng có lỗi</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="96"/>
        <source>Rows with warnings</source>
        <translation>Các dòng có cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="99"/>
        <source>&amp;Honorees</source>
        <translation>&amp;Người được khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="100"/>
        <source>&amp;Problems</source>
        <translation>&amp;Vấn đề</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="102"/>
        <source>Possibly already in the registry — &amp;decide for each:</source>
        <translation>Có thể đã có trong sổ — &amp;quyết định từng trường hợp:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/preview_page.py" line="121"/>
        <source>%1 honoree(s), %2 error(s), %3 warning(s)</source>
        <translation>%1 tập thể, cá nhân; %2 lỗi; %3 cảnh báo</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="60"/>
        <source>%1 — %2 (font: %3): %4</source>
        <translation>%1 — %2 (phông chữ: %3): %4</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="66"/>
        <source>below its minimum size: %1 pt — check it</source>
        <translation>nhỏ hơn cỡ tối thiểu: %1 pt — cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="69"/>
        <source>wrapped onto %1 lines at %2 pt</source>
        <translation>xuống %1 dòng, cỡ %2 pt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="72"/>
        <source>shrunk to %1 pt</source>
        <translation>thu nhỏ còn %1 pt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="90"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="91"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="92"/>
        <source>Field</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="94"/>
        <source>What fitting did</source>
        <translation>Đã căn chỉnh thế nào</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="127"/>
        <source>Fitting &amp;notes (names and texts made to fit):</source>
        <translation>&amp;Ghi chú căn chỉnh (tên và nội dung đã thu nhỏ hoặc xuống dòng):</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="145"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="147"/>
        <source>No awards match: there is nothing to print.</source>
        <translation>Không có khen thưởng nào phù hợp: không có gì để in.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="148"/>
        <source>%n page(s) — a preview: nothing is counted as printed</source>
        <translation>
            <numerusform>%n trang — bản xem trước: chưa tính là đã in</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="158"/>
        <source>Cannot print: the fonts have no letter for some characters (they would print as boxes). Correct these names or texts first:</source>
        <translation>Không thể in: phông chữ không có một số ký tự (sẽ in ra ô vuông). Hãy sửa các tên hoặc nội dung sau trước:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/preview_panel.py" line="162"/>
        <source>Every letter can be printed with the chosen fonts.</source>
        <translation>Mọi ký tự đều in được bằng các phông chữ đã chọn.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="59"/>
        <source>Copies cannot be printed: each certificate carries its own register number, and the register counts one print of each.</source>
        <translation>Không thể in nhiều bản: mỗi bằng, giấy khen mang một số sổ vàng riêng, và sổ chỉ ghi nhận mỗi bằng được in một lần.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="64"/>
        <source>Printing only some pages is not possible here: each certificate carries its own register number, and the register would count every certificate shown as printed.</source>
        <translation>Không thể chỉ in một số trang tại đây: mỗi bằng, giấy khen mang một số sổ vàng riêng, và sổ sẽ ghi nhận mọi bằng, giấy khen đang hiển thị là đã in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="75"/>
        <source>Several pages on one sheet cannot be printed: each certificate needs its own blank, at actual size. Choose 1 page per sheet.</source>
        <translation>Không thể in nhiều trang trên một tờ: mỗi bằng, giấy khen cần một phôi riêng, in đúng cỡ thật. Hãy chọn 1 trang mỗi tờ (Pages per sheet: 1).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="80"/>
        <source>Two-sided printing would put a certificate on the back of another one&apos;s blank. Choose None under Duplex Printing.</source>
        <translation>In hai mặt sẽ in một bằng lên mặt sau phôi của bằng khác. Hãy chọn Không (None) ở mục In hai mặt (Duplex Printing).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="84"/>
        <source>Banner pages would use up blanks. Choose none for the start and end banners.</source>
        <translation>Trang bìa lệnh in (banner) sẽ làm hỏng phôi. Hãy chọn không in (none) cho trang bìa đầu và cuối.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="88"/>
        <source>Printing to a file is not offered here: use “Save as final PDF” instead.</source>
        <translation>Không in ra tệp tại đây: hãy dùng nút “Lưu bản chính thức” thay thế.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="93"/>
        <source>Nothing was printed or recorded. Choose Print again and change this in the print dialog.</source>
        <translation>Chưa in và chưa ghi nhận gì. Hãy bấm In lại và đổi thiết lập này trong hộp thoại in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="109"/>
        <source>Nothing was printed. To print some certificates again, select those honorees&apos; rows in the Honorees list, then choose Print certificates: the dialog then prints just the selected awards, one of each.</source>
        <translation>Chưa in gì. Để in lại một số bằng, giấy khen, hãy chọn dòng của những người đó trong danh sách Người được khen rồi chọn In bằng, giấy khen: hộp thoại khi đó chỉ in các khen thưởng đã chọn, mỗi khen thưởng một bản.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="121"/>
        <source>Nothing was printed</source>
        <translation>Chưa in gì</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="152"/>
        <source>On %n certificate(s) a name or text had to be made smaller than its field&apos;s minimum size to fit (marked “check it” in the fitting notes).</source>
        <translation>Trên %n bằng, giấy khen, có tên hoặc nội dung phải thu nhỏ dưới cỡ chữ tối thiểu của ô mới vừa (được đánh dấu “cần kiểm tra” trong ghi chú căn chỉnh).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="161"/>
        <source>Check them in the preview first: a blank printed wrongly cannot be used again. Print anyway?</source>
        <translation>Hãy kiểm tra trong bản xem trước trước đã: phôi in hỏng không dùng lại được. Vẫn in?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="190"/>
        <source>… and %n more change(s) of blank.</source>
        <translation>… và %n lần đổi phôi nữa.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="192"/>
        <source>These certificates need more than one kind of blank, but one print uses one tray and one printer profile. They print in this order:</source>
        <translation>Các bằng, giấy khen này cần nhiều loại phôi, nhưng một lần in chỉ dùng một khay và một hồ sơ máy in. Chúng sẽ được in theo thứ tự sau:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="195"/>
        <source>Better: choose one award type at a time under Awards and print each on its own blanks. Print them all in this order anyway?</source>
        <translation>Nên chọn lần lượt từng hình thức ở mục Khen thưởng và in mỗi loại trên phôi của nó. Vẫn in tất cả theo thứ tự này?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="202"/>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="204"/>
        <source>Pages %1–%2</source>
        <translation>Trang %1–%2</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="208"/>
        <source>%1: paper %2</source>
        <translation>%1: giấy %2</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="210"/>
        <source>%1: blanks “%2” (%3), %4</source>
        <translation>%1: phôi “%2” (%3), %4</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/before_print.py" line="218"/>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="141"/>
        <source>Print certificates</source>
        <translation>In bằng khen, giấy khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="142"/>
        <source>Printer &amp;profiles…</source>
        <translation>Hồ sơ má&amp;y in…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="49"/>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="50"/>
        <source>Fi&amp;les:</source>
        <translation>&amp;Dạng tệp:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="51"/>
        <source>One PDF file</source>
        <translation>Một tệp PDF</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="52"/>
        <source>One file per honoree (into a folder)</source>
        <translation>Mỗi người một tệp (vào một thư mục)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="54"/>
        <source>Save a pre&amp;view…</source>
        <translation>Lưu bản &amp;xem trước…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="56"/>
        <source>Save as f&amp;inal PDF (counts as printed)…</source>
        <translation>Lưu bản &amp;chính thức (tính là đã in)…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="58"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="143"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="59"/>
        <source>A preview is for viewing only. “Save as final” and “Print” count as the real print: first prints take register numbers and every print is counted.</source>
        <translation>Bản xem trước chỉ để xem. “Lưu bản chính thức” và “In” mới tính là in thật: lần in đầu được cấp số sổ vàng và mọi lần in đều được đếm.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="144"/>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="173"/>
        <source>Rendering the preview…</source>
        <translation>Đang dựng bản xem trước…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="194"/>
        <source>Save as final</source>
        <translation>Lưu bản chính thức</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="187"/>
        <source>These %n certificate(s) will count as printed: awards printed for the first time take register numbers, which are never reused. Continue?</source>
        <translation>
            <numerusform>%n bằng, giấy khen này sẽ được tính là đã in: khen thưởng in lần đầu được cấp số sổ vàng, số đã cấp không bao giờ dùng lại. Tiếp tục?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="212"/>
        <source>Writing the certificates…</source>
        <translation>Đang ghi bằng, giấy khen…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="225"/>
        <source>Choose another printer, or save a PDF.</source>
        <translation>Hãy chọn máy in khác, hoặc lưu thành tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="231"/>
        <source>Choose the tray “%1” in the print dialog: the offsets of the profile “%2” were measured on it.</source>
        <translation>Hãy chọn khay “%1” trong hộp thoại in: độ lệch của hồ sơ “%2” được đo trên khay này.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="234"/>
        <source>Print — tray “%1”</source>
        <translation>In — khay “%1”</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="264"/>
        <source>Printing the certificates…</source>
        <translation>Đang in bằng, giấy khen…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="268"/>
        <source>Nothing was recorded as printed.</source>
        <translation>Chưa ghi nhận khen thưởng nào là đã in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="271"/>
        <source>You can save the certificates as a final PDF instead and print it on another printer; saving it counts as the print.</source>
        <translation>Bạn có thể lưu bằng, giấy khen thành bản PDF chính thức để in bằng máy in khác; lưu bản này được tính là đã in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="301"/>
        <source>Nothing was recorded as printed, so the register numbers on any sheets that came out will be given again: set those sheets aside.</source>
        <translation>Chưa ghi nhận khen thưởng nào là đã in, nên số sổ vàng trên những tờ đã in ra sẽ được cấp lại: hãy để riêng các tờ đó.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="304"/>
        <source>Pages may have been printed</source>
        <translation>Có thể đã in ra một số trang</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="309"/>
        <source>Saved %n page(s) to %1; they count as printed.</source>
        <translation>
            <numerusform>Đã lưu %n trang vào %1; đã tính là đã in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="313"/>
        <source>Saved a preview of %n page(s) to %1.</source>
        <translation>
            <numerusform>Đã lưu bản xem trước %n trang vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/printing/print_dialog.py" line="318"/>
        <source>Printed %n certificate(s); they are recorded as printed.</source>
        <translation>
            <numerusform>Đã in %n bằng, giấy khen; đã ghi nhận là đã in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="84"/>
        <source>Folder for the files</source>
        <translation>Thư mục chứa các tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="89"/>
        <source>Save certificates</source>
        <translation>Lưu bằng, giấy khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/output_box.py" line="91"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrinterCheck</name>
    <message>
        <location filename="../../ceremony/ui/printing/printer_check.py" line="22"/>
        <source>The printer “%1” is not installed on this computer, or cannot be reached.</source>
        <translation>Máy in “%1” chưa được cài trên máy tính này, hoặc không kết nối được.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_check.py" line="47"/>
        <source>The printer “%1” is stopped or in error: check its paper, toner, power and print queue, then try again.</source>
        <translation>Máy in “%1” đang dừng hoặc bị lỗi: hãy kiểm tra giấy, mực, nguồn điện và hàng đợi in rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_check.py" line="51"/>
        <source>The printer “%1” is not accepting jobs: its print queue has been stopped.</source>
        <translation>Máy in “%1” không nhận lệnh in: hàng đợi in của máy đã bị dừng.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_check.py" line="62"/>
        <source>Cannot print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_check.py" line="66"/>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <location filename="../../ceremony/ui/printing/printer_output.py" line="53"/>
        <source>The print was stopped, but the job could not be taken back from the queue of the printer “%1”: some pages may already have been printed.</source>
        <translation>Lệnh in đã dừng nhưng không rút lại được khỏi hàng đợi của máy in “%1”: có thể một số trang đã được in ra.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_output.py" line="94"/>
        <source>The printer “%1” refused the job.</source>
        <translation>Máy in “%1” từ chối lệnh in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_output.py" line="137"/>
        <source>The printer refused a new page.</source>
        <translation>Máy in không nhận trang tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_output.py" line="158"/>
        <source>The printer “%1” did not take the job.</source>
        <translation>Máy in “%1” không nhận lệnh in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/printer_output.py" line="164"/>
        <source>The printer “%1” refused the job: %2</source>
        <translation>Máy in “%1” từ chối lệnh in: %2</translation>
    </message>
</context>
<context>
    <name>PrinterProfilesDialog</name>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="72"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="73"/>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="74"/>
        <source>Tray</source>
        <translation>Khay</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="75"/>
        <source>X (mm)</source>
        <translation>X (mm)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="77"/>
        <source>Y (mm)</source>
        <translation>Y (mm)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="79"/>
        <source>Scale</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="146"/>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="234"/>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="313"/>
        <source>Printer profiles</source>
        <translation>Hồ sơ máy in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="147"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="147"/>
        <source>&amp;Printer:</source>
        <translation>&amp;Máy in:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="147"/>
        <source>&amp;Tray:</source>
        <translation>&amp;Khay giấy:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="148"/>
        <source>Offset &amp;X (right):</source>
        <translation>Độ lệch &amp;X (sang phải):</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="148"/>
        <source>Offset &amp;Y (down):</source>
        <translation>Độ lệch &amp;Y (xuống dưới):</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="148"/>
        <source>&amp;Scale:</source>
        <translation>Tỉ &amp;lệ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="151"/>
        <source>Ne&amp;w</source>
        <translation>Tạo mớ&amp;i</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="152"/>
        <source>S&amp;ave</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="153"/>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="212"/>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="277"/>
        <source>Discard them to keep the profile as it was saved.</source>
        <translation>Chọn Không lưu để giữ hồ sơ như lần lưu trước.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="235"/>
        <source>Delete the printer profile “%1”?</source>
        <translation>Xóa hồ sơ máy in “%1”?</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="238"/>
        <source>Its offsets and scale will be lost: they would have to be measured again with the calibration sheet.</source>
        <translation>Độ lệch và tỉ lệ của hồ sơ này sẽ mất: phải đo lại bằng tờ hiệu chỉnh.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="305"/>
        <source>The confirming sheet must show what the certificates will do, so the profile is saved first.</source>
        <translation>Bản in kiểm tra phải cho thấy đúng vị trí bằng, giấy khen sẽ được in, nên hồ sơ cần được lưu trước.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="311"/>
        <source>The printer profile “%1” has changes that are not saved.</source>
        <translation>Hồ sơ máy in “%1” có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="312"/>
        <source>The new printer profile is not saved.</source>
        <translation>Hồ sơ máy in mới chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="95"/>
        <source>Calibration sheet</source>
        <translation>Tờ hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="96"/>
        <source>Print the calibration sheet on plain paper through the blanks&apos; tray, measure where crosshair A landed, and enter the offsets; print it again through the profile to confirm.</source>
        <translation>In tờ hiệu chỉnh trên giấy thường qua khay đặt phôi, đo vị trí dấu chữ thập A rồi nhập độ lệch; in lại tờ này qua hồ sơ để kiểm tra.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="101"/>
        <source>Pape&amp;r:</source>
        <translation>Khổ &amp;giấy:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="102"/>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="103"/>
        <source>A4 portrait</source>
        <translation>A4 dọc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="104"/>
        <source>Official 400 × 300 mm</source>
        <translation>Khổ chuẩn 400 × 300 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="105"/>
        <source>A3 landscape</source>
        <translation>A3 ngang</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="108"/>
        <source>With the &amp;offsets and scale above (the confirming print)</source>
        <translation>Áp &amp;dụng độ lệch và tỉ lệ ở trên (bản in kiểm tra)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="110"/>
        <source>Pr&amp;int the sheet…</source>
        <translation>In tờ &amp;hiệu chỉnh…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="112"/>
        <source>Save as PD&amp;F…</source>
        <translation>Lưu thành PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="142"/>
        <source>Choose another printer, or save a PDF.</source>
        <translation>Hãy chọn máy in khác, hoặc lưu thành tệp PDF.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="168"/>
        <source>Sending the calibration sheet to the printer…</source>
        <translation>Đang gửi tờ hiệu chỉnh tới máy in…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="182"/>
        <source>Sent the calibration sheet to %1 at actual size (%2 × %3 mm).</source>
        <translation>Đã gửi tờ hiệu chỉnh tới máy in %1 ở cỡ thật (%2 × %3 mm).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="206"/>
        <source>You can save the sheet as a PDF instead and print it at actual size (no scaling) from another computer.</source>
        <translation>Bạn có thể lưu tờ hiệu chỉnh thành tệp PDF rồi in ở cỡ thật (không co giãn) từ máy tính khác.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="230"/>
        <source>Saved the calibration sheet to %1.</source>
        <translation>Đã lưu tờ hiệu chỉnh vào %1.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/profiles_dialog.py" line="154"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="218"/>
        <source>Save the calibration sheet</source>
        <translation>Lưu tờ hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/printing/calibration_box.py" line="220"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="116"/>
        <source>C&amp;eremony:</source>
        <translation>&amp;Buổi lễ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="117"/>
        <source>&amp;Plan rounds</source>
        <translation>&amp;Xếp đợt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="118"/>
        <source>Cut every block into rounds again (undoable)</source>
        <translation>Chia lại mọi khối trao thành các đợt lên sân khấu (có thể hoàn tác)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="120"/>
        <source>Put &amp;late awards on stage</source>
        <translation>Xếp người &amp;bổ sung lên sân khấu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="122"/>
        <source>Block &amp;settings…</source>
        <translation>&amp;Thiết lập khối…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="123"/>
        <source>Presenters, people per round and time slot of the block</source>
        <translation>Người trao, số người mỗi đợt và thời lượng dành cho khối</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="125"/>
        <source>&amp;Write papers…</source>
        <translation>&amp;In tài liệu…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="126"/>
        <source>Running order, MC script and name cards as PDF</source>
        <translation>Chương trình, kịch bản dẫn chương trình và bảng tên dạng PDF</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="128"/>
        <source>On stage &amp;now…</source>
        <translation>Màn hình &amp;sân khấu…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="129"/>
        <source>Pro&amp;gramme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="130"/>
        <source>Presentation &amp;blocks</source>
        <translation>&amp;Khối trao thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="132"/>
        <source>Stage &amp;rounds (drag to move)</source>
        <translation>Các đợt &amp;lên sân khấu (kéo để di chuyển)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="134"/>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="135"/>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="136"/>
        <source>To previous round</source>
        <translation>Sang đợt trước</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/layout.py" line="137"/>
        <source>To next round</source>
        <translation>Sang đợt sau</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="149"/>
        <source>Not planned yet: press Plan to cut the awards into rounds.</source>
        <translation>Chưa xếp đợt: bấm Xếp đợt để chia người được khen thưởng thành các đợt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/programme/page.py" line="151"/>
        <source>%n award(s) not on stage yet.</source>
        <translation>
            <numerusform>%n người được khen thưởng chưa được xếp lên sân khấu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/programme/page.py" line="153"/>
        <source>%n block(s) outrun their slot.</source>
        <translation>
            <numerusform>%n khối trao vượt quá thời lượng dự kiến.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="197"/>
        <source>Plan the rounds</source>
        <translation>Xếp các đợt lên sân khấu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="203"/>
        <source>Put late awards on stage</source>
        <translation>Xếp người bổ sung lên sân khấu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="207"/>
        <source>Move on stage</source>
        <translation>Đổi vị trí trên sân khấu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="250"/>
        <source>Change a presentation block</source>
        <translation>Sửa khối trao thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="258"/>
        <source>Check in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="267"/>
        <source>Write the papers to</source>
        <translation>Lưu tài liệu vào thư mục</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/page.py" line="279"/>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/people.py" line="26"/>
        <source>Not checked in</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/people.py" line="27"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/people.py" line="28"/>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/people.py" line="29"/>
        <source>Proxy</source>
        <translation>Nhận thay</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/people.py" line="44"/>
        <source>(posthumous)</source>
        <translation>(truy tặng)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/rounds_model.py" line="33"/>
        <source>Block, round, honoree</source>
        <translation>Khối, đợt, người được khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/rounds_model.py" line="34"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/rounds_model.py" line="35"/>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/rounds_model.py" line="36"/>
        <source>Position and unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="56"/>
        <source>The estimate is longer than the time planned for it.</source>
        <translation>Thời gian ước tính dài hơn thời lượng dự kiến.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="68"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="69"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="70"/>
        <source>Speaker</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="71"/>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="93"/>
        <source>Award</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="94"/>
        <source>Presented by</source>
        <translation>Người trao</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="95"/>
        <source>Per round</source>
        <translation>Mỗi đợt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="96"/>
        <source>Rounds</source>
        <translation>Số đợt</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="97"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="98"/>
        <source>Slot (min)</source>
        <translation>Dự kiến (phút)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/tables.py" line="107"/>
        <source>(nobody yet)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../ceremony/ui/programme/people.py" line="52"/>
        <source>%1 (received by %2)</source>
        <translation>%1 (nhận thay: %2)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ceremony/ui/programme/projector.py" line="106"/>
        <source>On stage now — %1</source>
        <translation>Trên sân khấu — %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/projector.py" line="107"/>
        <source>Space / → next · ← back · F11 full screen · Esc leave it</source>
        <translation>Space / → tiếp · ← quay lại · F11 toàn màn hình · Esc thoát toàn màn hình</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/projector.py" line="112"/>
        <source>The presentations will begin shortly</source>
        <translation>Lễ trao thưởng sắp bắt đầu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/projector.py" line="113"/>
        <source>Nothing planned yet</source>
        <translation>Chưa xếp chương trình</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/projector.py" line="119"/>
        <source>Round %1 of %2</source>
        <translation>Đợt %1/%2</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/projector.py" line="125"/>
        <source>Presented by %1</source>
        <translation>Người trao: %1</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="230"/>
        <source>&amp;Id:</source>
        <translation>Mã ô:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="231"/>
        <source>Words &amp;around it:</source>
        <translation>Chữ &amp;kèm theo:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="232"/>
        <source>&amp;X:</source>
        <translation>&amp;X:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="232"/>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="233"/>
        <source>&amp;Width:</source>
        <translation>Rộn&amp;g:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="233"/>
        <source>&amp;Font:</source>
        <translation>&amp;Phông chữ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="230"/>
        <source>&amp;Shows:</source>
        <translation>Hiển &amp;thị:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="231"/>
        <source>Va&amp;riable:</source>
        <translation>&amp;Biến:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="232"/>
        <source>Wo&amp;rding:</source>
        <translation>Văn &amp;bản:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="233"/>
        <source>Hei&amp;ght:</source>
        <translation>C&amp;ao:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="234"/>
        <source>Si&amp;ze:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="234"/>
        <source>min.</source>
        <translation>tối thiểu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="235"/>
        <source>Align&amp;ment:</source>
        <translation>Căn &amp;lề:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="235"/>
        <source>Co&amp;lour:</source>
        <translation>Mà&amp;u:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="236"/>
        <source>Pri&amp;nt when:</source>
        <translation>&amp;In khi:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="240"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="241"/>
        <source>Position and size (from the sheet&apos;s top-left)</source>
        <translation>Vị trí và kích thước (tính từ góc trên bên trái tờ giấy)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="242"/>
        <location filename="../../ceremony/ui/designer/properties.py" line="381"/>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="243"/>
        <source>Printing</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="244"/>
        <source>A variable (from the registry)</source>
        <translation>Một biến (lấy từ sổ khen thưởng)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="245"/>
        <source>Fixed text</source>
        <translation>Văn bản cố định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="251"/>
        <source>Text printed around the value; {value} is replaced, e.g. “Số: {value}”.</source>
        <translation>Chữ in kèm giá trị; {value} được thay bằng giá trị, ví dụ “Số: {value}”.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="253"/>
        <source>always</source>
        <translation>luôn in</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="254"/>
        <source>Print only when a variable has a value (citation), has none (!citation) or equals a value (kind=collective). Empty: always.</source>
        <translation>Chỉ in khi một biến có giá trị (citation), không có giá trị (!citation) hoặc bằng một giá trị (kind=collective). Để trống: luôn in.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="257"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="258"/>
        <source>&amp;CAPITALS</source>
        <translation>CHỮ &amp;HOA</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="259"/>
        <source>Un&amp;derline</source>
        <translation>Gạch chân</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="260"/>
        <source>Wra&amp;p, up to lines:</source>
        <translation>Xuống &amp;dòng, tối đa số dòng:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="261"/>
        <source>Shrin&amp;k to fit</source>
        <translation>Thu nhỏ cho &amp;vừa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="262"/>
        <source>Already on the &amp;blank (pre-printed): printed only in the full design</source>
        <translation>Đã in sẵn trên phôi: chỉ in khi in toàn bộ mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="269"/>
        <source>%1 fields selected. Drag them or use the arrow keys to move them together; select a single field to edit its properties.</source>
        <translation>Đang chọn %1 ô. Kéo chuột hoặc dùng các phím mũi tên để di chuyển chúng cùng lúc; chọn riêng một ô để sửa thuộc tính của ô đó.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="272"/>
        <source>Select a field on the sheet, or add one, to see its properties here.</source>
        <translation>Chọn một ô trên tờ giấy, hoặc thêm ô mới, để xem thuộc tính ở đây.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="394"/>
        <source>A fixed text cannot be empty: the field keeps its text until you type one.</source>
        <translation>Văn bản cố định không được để trống: ô vẫn giữ văn bản cũ cho đến khi bạn gõ văn bản mới.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="402"/>
        <source>The words around it must contain {value}, where the value is printed (e.g. “Số: {value}”): the field keeps its words until they do.</source>
        <translation>Chữ kèm theo phải có {value}, là chỗ in giá trị (ví dụ “Số: {value}”): ô vẫn giữ chữ kèm theo cũ cho đến khi có {value}.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/properties.py" line="435"/>
        <source>Text colour</source>
        <translation>Màu chữ</translation>
    </message>
</context>
<context>
    <name>RecordsPages</name>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="47"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="48"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="49"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="50"/>
        <source>Imported</source>
        <translation>Thời điểm nhập</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="51"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="52"/>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="53"/>
        <source>Undone</source>
        <translation>Đã hủy lúc</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="116"/>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="117"/>
        <source>Title</source>
        <translation>Tên mẫu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="118"/>
        <source>Paper (mm)</source>
        <translation>Khổ giấy (mm)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="120"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="121"/>
        <source>Fields</source>
        <translation>Số trường</translation>
    </message>
</context>
<context>
    <name>ReferencePage</name>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="43"/>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="49"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="44"/>
        <source>Title line</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="45"/>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="57"/>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="46"/>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="50"/>
        <source>Conferred by</source>
        <translation>Cấp khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="51"/>
        <source>Precedence</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="54"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="55"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="56"/>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="72"/>
        <source>Authorities</source>
        <translation>Cấp khen</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="72"/>
        <source>Award types</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="72"/>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="76"/>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/reference_page.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ceremony/ui/reports/export.py" line="36"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/export.py" line="38"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/export.py" line="40"/>
        <source>CSV files for Excel (*.csv)</source>
        <translation>Tệp CSV cho Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsCommands</name>
    <message>
        <location filename="../../ceremony/ui/reports/commands.py" line="26"/>
        <source>Set the minimum years between two awards to %1</source>
        <translation>Đặt số năm tối thiểu giữa hai lần khen là %1</translation>
    </message>
</context>
<context>
    <name>ReportsModels</name>
    <message>
        <location filename="../../ceremony/ui/reports/models.py" line="136"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/models.py" line="165"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="82"/>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="83"/>
        <source>Decision annex</source>
        <translation>Danh sách kèm quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="90"/>
        <source>Annexes and warnings are per ceremony: choose a ceremony above.</source>
        <translation>Danh sách kèm quyết định và cảnh báo được lập theo từng buổi lễ: hãy chọn một buổi lễ ở trên.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ceremony/ui/reports/page.py" line="97"/>
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Cảnh báo (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="98"/>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="187"/>
        <source>Minimum years between two awards of a type: %1</source>
        <translation>Số năm tối thiểu giữa hai lần khen cùng hình thức: %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="200"/>
        <source>statistics</source>
        <translation>thong-ke</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="202"/>
        <source>Export the statistics</source>
        <translation>Xuất thống kê</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="209"/>
        <source>decision-annex</source>
        <translation>danh-sach-kem-quyet-dinh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="211"/>
        <source>Export the decision annex</source>
        <translation>Xuất danh sách kèm quyết định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="226"/>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="229"/>
        <source>Saved %1. &lt;a href=&quot;%2&quot;&gt;Open the file&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Open the folder&lt;/a&gt;</source>
        <translation>Đã lưu %1. &lt;a href=&quot;%2&quot;&gt;Mở tệp&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Mở thư mục&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/page.py" line="234"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <location filename="../../ceremony/ui/designer/files.py" line="66"/>
        <source>Save as a new template</source>
        <translation>Lưu thành mẫu mới</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files.py" line="67"/>
        <source>&amp;Title (shown in lists):</source>
        <translation>&amp;Tiêu đề (hiện trong danh sách):</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files.py" line="68"/>
        <source>&amp;Name (for files and the command line):</source>
        <translation>&amp;Tên (dùng cho tệp và dòng lệnh):</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/files.py" line="69"/>
        <source>Saved among your own templates; the built-in templates stay as they are.</source>
        <translation>Lưu vào các mẫu in của bạn; các mẫu có sẵn được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="85"/>
        <source>Blank scan:</source>
        <translation>Ảnh quét phôi:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="88"/>
        <source>&amp;Opacity</source>
        <translation>Độ &amp;rõ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="88"/>
        <source>Shift right</source>
        <translation>Dịch phải</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="89"/>
        <source>T&amp;urn</source>
        <translation>X&amp;oay</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="89"/>
        <source>Shift down</source>
        <translation>Dịch xuống</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="92"/>
        <source>How strongly the scan shows: 100% fully, 10% faintly</source>
        <translation>Ảnh quét hiện rõ đến mức nào: 100% là rõ hẳn, 10% là rất mờ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/designer/scan_tools.py" line="93"/>
        <source>Turn the scan clockwise, about the page&apos;s centre, until its lines are level</source>
        <translation>Xoay ảnh quét theo chiều kim đồng hồ, quanh tâm tờ giấy, cho đến khi các dòng kẻ nằm ngang</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../ceremony/ui/reports/scope.py" line="77"/>
        <source>C&amp;eremony:</source>
        <translation>&amp;Buổi lễ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/scope.py" line="78"/>
        <source>Pe&amp;riod from</source>
        <translation>&amp;Khoảng thời gian từ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/scope.py" line="79"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="31"/>
        <source>Programme segment</source>
        <translation>Mục trong chương trình</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="39"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="41"/>
        <source>&amp;What happens</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="42"/>
        <source>&amp;Speaker</source>
        <translation>&amp;Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="43"/>
        <source>&amp;Duration</source>
        <translation>&amp;Thời lượng</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="89"/>
        <source>Add se&amp;gment…</source>
        <translation>Thêm &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="90"/>
        <source>Edit segment…</source>
        <translation>Sửa mục…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="91"/>
        <source>Remove segment</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="92"/>
        <source>Earlier</source>
        <translation>Lên trước</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="93"/>
        <source>Later</source>
        <translation>Xuống sau</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="115"/>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="129"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="137"/>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/programme/segments.py" line="146"/>
        <source>Reorder the programme</source>
        <translation>Đổi thứ tự chương trình</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="28"/>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="31"/>
        <source>Official 400 × 300 mm</source>
        <translation>Khổ chuẩn 400 × 300 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="36"/>
        <source>The user&apos;s data folder; or a file, or a postgresql+psycopg:// URL</source>
        <translation>Thư mục dữ liệu của người dùng; hoặc một tệp, hoặc địa chỉ postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="39"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="40"/>
        <source>Default &amp;paper</source>
        <translation>&amp;Khổ giấy mặc định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="41"/>
        <source>Default &amp;template</source>
        <translation>&amp;Mẫu in mặc định</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="42"/>
        <source>&amp;Backup folder</source>
        <translation>Thư mục &amp;sao lưu</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="43"/>
        <source>&amp;Registry</source>
        <translation>&amp;Sổ đăng ký</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="46"/>
        <source>none, huyền, hỏi, ngã, sắc, nặng (dictionaries)</source>
        <translation>không dấu, huyền, hỏi, ngã, sắc, nặng (theo từ điển)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="47"/>
        <source>none, huyền, sắc, hỏi, ngã, nặng (school order)</source>
        <translation>không dấu, huyền, sắc, hỏi, ngã, nặng (theo thứ tự học ở trường)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="51"/>
        <source>&amp;Tone order (this registry)</source>
        <translation>Thứ tự &amp;dấu thanh (sổ đăng ký này)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="74"/>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/settings_dialog.py" line="80"/>
        <source>Choose a folder</source>
        <translation>Chọn thư mục</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="74"/>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="132"/>
        <source>Choose the list</source>
        <translation>Chọn danh sách</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="75"/>
        <source>The annex of an award decision, as the office sent it: Excel (.xlsx, .xls), OpenDocument (.ods) or text (.csv, .txt).</source>
        <translation>Danh sách kèm theo quyết định khen thưởng, đúng như đơn vị gửi: Excel (.xlsx, .xls), OpenDocument (.ods) hoặc văn bản (.csv, .txt).</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>Chọn tệ&amp;p…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="78"/>
        <source>&amp;File(s):</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="78"/>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="78"/>
        <source>&amp;Ceremony:</source>
        <translation>&amp;Buổi lễ:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="79"/>
        <source>&amp;Award:</source>
        <translation>&amp;Hình thức khen thưởng:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="79"/>
        <source>Ne&amp;w award name:</source>
        <translation>Tên hình thức &amp;mới:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="79"/>
        <source>Au&amp;thority:</source>
        <translation>&amp;Cấp khen:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="80"/>
        <source>Decision n&amp;umber:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="83"/>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="84"/>
        <source>e.g. Certificate of Merit of the Governor</source>
        <translation>VD: Bằng khen của Chủ tịch UBND tỉnh</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="101"/>
        <source>A new award type…</source>
        <translation>Hình thức khen thưởng mới…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="114"/>
        <source>(every sheet)</source>
        <translation>(tất cả các trang)</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/import_wizard/source_page.py" line="133"/>
        <source>Lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="113"/>
        <source>Export &amp;PDF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="114"/>
        <source>Export &amp;Excel…</source>
        <translation>Xuất &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="115"/>
        <source>Export &amp;CSV…</source>
        <translation>Xuất &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="116"/>
        <source>By award type</source>
        <translation>Theo hình thức khen thưởng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="117"/>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="144"/>
        <source>%1 awards: %2 collectives, %3 individuals</source>
        <translation>%1 lượt khen thưởng: %2 tập thể, %3 cá nhân</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="142"/>
        <source>Built-in templates, then your own; each also prints on pre-printed stock (only the variable text). Print with: ceremony certificates --template NAME</source>
        <translation>Các mẫu có sẵn, rồi đến mẫu của bạn; mỗi mẫu đều in được lên phôi (chỉ in phần nội dung thay đổi). In bằng lệnh: ceremony certificates --template TÊN</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/pages/records_pages.py" line="144"/>
        <source>Open in &amp;designer…</source>
        <translation>Mở trong trình &amp;thiết kế…</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../ceremony/ui/undo_commands.py" line="77"/>
        <location filename="../../ceremony/ui/undo_commands.py" line="157"/>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/undo_commands.py" line="93"/>
        <location filename="../../ceremony/ui/undo_commands.py" line="172"/>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/undo_commands.py" line="138"/>
        <source>Save %1</source>
        <translation>Lưu %1</translation>
    </message>
</context>
<context>
    <name>WarningsTab</name>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="239"/>
        <source>&amp;Minimum years between two awards of the same type:</source>
        <translation>Số năm &amp;tối thiểu giữa hai lần khen cùng hình thức:</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="240"/>
        <source>off</source>
        <translation>không áp dụng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="241"/>
        <source> years</source>
        <translation> năm</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="243"/>
        <source>Applies to the whole registry. An award given once per honoree that is already held is always warned. Warnings never stop an award: the decision is signed.</source>
        <translation>Áp dụng cho toàn bộ sổ khen thưởng. Hình thức chỉ tặng một lần mà người được khen đã có thì luôn được cảnh báo. Cảnh báo không ngăn việc khen thưởng: quyết định đã được ký.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/reports/tabs.py" line="245"/>
        <source>No eligibility warnings for this ceremony.</source>
        <translation>Buổi lễ này không có cảnh báo nào về tiêu chuẩn khen thưởng.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../ceremony/ui/lock_prompt.py" line="21"/>
        <source>The registry is in use</source>
        <translation>Sổ đăng ký đang được sử dụng</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/lock_prompt.py" line="22"/>
        <source>The registry is open in another copy of Ceremony: %1 on %2, since %3.</source>
        <translation>Sổ đăng ký đang được mở ở một bản Ceremony khác: %1 trên máy %2, từ %3.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/lock_prompt.py" line="25"/>
        <source>Open &amp;read-only</source>
        <translation>Mở &amp;chỉ để xem</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/lock_prompt.py" line="30"/>
        <source>If that computer has crashed or was switched off, you may break the lock. If the other copy is still running, two people would overwrite each other.</source>
        <translation>Nếu máy kia bị treo hoặc đã tắt, bạn có thể gỡ khóa. Nếu bản kia vẫn đang chạy, hai người sẽ ghi đè lên nhau.</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/lock_prompt.py" line="32"/>
        <source>&amp;Break the lock</source>
        <translation>&amp;Gỡ khóa</translation>
    </message>
    <message>
        <location filename="../../ceremony/ui/lock_prompt.py" line="34"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ceremony/ui/main_window.py" line="597"/>
        <source>(read-only)</source>
        <translation>(chỉ xem)</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TokenDesk</source>
        <translation>حول TokenDesk</translation>
    </message>
    <message>
        <source>TokenDesk logo</source>
        <translation>شعار TokenDesk</translation>
    </message>
    <message>
        <source>Fetches the permanent API tokens of BotPenguin customers for partner agencies.</source>
        <translation>يجلب رموز API المميزة الدائمة لعملاء BotPenguin لصالح الوكالات الشريكة.</translation>
    </message>
</context>
<context>
    <name>CustomerBrowser</name>
    <message>
        <source>Loa&amp;d customers</source>
        <translation>تحميل العملاء (&amp;D)</translation>
    </message>
    <message>
        <source>Load customers</source>
        <translation>تحميل العملاء</translation>
    </message>
    <message>
        <source>Load the agency&apos;s customers from BotPenguin, page after page</source>
        <translation>تحميل عملاء الوكالة من BotPenguin، صفحةً تلو الأخرى</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel loading customers</source>
        <translation>إلغاء تحميل العملاء</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, status or user ID</source>
        <translation>تصفية حسب الاسم أو البريد الإلكتروني أو الحالة أو معرّف المستخدم</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>تصفية العملاء</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Load the customer list to pick customers without knowing their IDs.</source>
        <translation>حمّل قائمة العملاء لاختيار العملاء دون معرفة معرّفاتهم.</translation>
    </message>
    <message>
        <source>Fetch &amp;tokens for selected</source>
        <translation>جلب الرموز المميزة للمحدَّد (&amp;T)</translation>
    </message>
    <message>
        <source>Fetch tokens for selected</source>
        <translation>جلب الرموز المميزة للمحدَّد</translation>
    </message>
    <message>
        <source>Fetch a&amp;ll</source>
        <translation>جلب الكل (&amp;L)</translation>
    </message>
    <message>
        <source>Fetch all</source>
        <translation>جلب الكل</translation>
    </message>
    <message>
        <source>Fetch the token of every customer shown (the filter applies)</source>
        <translation>جلب الرمز المميز لكل عميل معروض (مع تطبيق التصفية)</translation>
    </message>
    <message>
        <source>Select customers and press Enter to fetch their tokens.</source>
        <translation>حدّد العملاء واضغط Enter لجلب رموزهم المميزة.</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>ملف التعريف (&amp;I):</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>ملف تعريف الوكالة</translation>
    </message>
    <message>
        <source>A name, an API address and a key kept in the system keychain. Type a new name and press Save profile.</source>
        <translation>اسم وعنوان API ومفتاح محفوظ في سلسلة مفاتيح النظام. اكتب اسمًا جديدًا واضغط «حفظ ملف التعريف».</translation>
    </message>
    <message>
        <source>Re&amp;member key</source>
        <translation>تذكّر المفتاح (&amp;M)</translation>
    </message>
    <message>
        <source>Remember key in the system keychain</source>
        <translation>تذكّر المفتاح في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the operating system&apos;s keychain, never in a file</source>
        <translation>احفظ مفتاح ملف التعريف هذا في سلسلة مفاتيح نظام التشغيل، وليس في ملف أبدًا</translation>
    </message>
    <message>
        <source>S&amp;ave profile</source>
        <translation>حفظ ملف التعريف (&amp;A)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف ملف التعريف</translation>
    </message>
    <message>
        <source>Agency API &amp;key:</source>
        <translation>مفتاح API للوكالة (&amp;K):</translation>
    </message>
    <message>
        <source>The agency&apos;s API key from the BotPenguin dashboard</source>
        <translation>مفتاح API الخاص بالوكالة من لوحة تحكم BotPenguin</translation>
    </message>
    <message>
        <source>Agency API key</source>
        <translation>مفتاح API للوكالة</translation>
    </message>
    <message>
        <source>Masked. Kept in memory only.</source>
        <translation>مخفي. يُحفظ في الذاكرة فقط.</translation>
    </message>
    <message>
        <source>End of the hidden key</source>
        <translation>نهاية المفتاح المخفي</translation>
    </message>
    <message>
        <source>L&amp;ook up:</source>
        <translation>البحث عن (&amp;O):</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>البحث عن</translation>
    </message>
    <message>
        <source>Customers by user ID</source>
        <translation>العملاء حسب معرّف المستخدم</translation>
    </message>
    <message>
        <source>Team members by e-mail</source>
        <translation>أعضاء الفريق حسب البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Team member type</source>
        <translation>نوع عضو الفريق</translation>
    </message>
    <message>
        <source>AGENT: a team user with the default agent role. CUSTOM_USER: a team member with a custom role. CUSTOMER: the customer&apos;s main user.</source>
        <translation>AGENT: مستخدم في الفريق بدور الوكيل الافتراضي. CUSTOM_USER: عضو فريق بدور مخصّص. CUSTOMER: المستخدم الرئيسي للعميل.</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>معرّفات مستخدمي العملاء (&amp;U):</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>معرّف مستخدم واحد، أو عدة معرّفات تفصل بينها فواصل أو مسافات أو أسطر جديدة. يبدأ Enter الجلب؛ ويبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>معرّفات مستخدمي العملاء</translation>
    </message>
    <message>
        <source>Enter fetches; Shift+Enter starts a new line.</source>
        <translation>يبدأ Enter الجلب؛ ويبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>Demo mode: TokenDesk is talking to its built-in sandbox, not to BotPenguin. The key and tokens are made up.</source>
        <translation>الوضع التجريبي: يتصل TokenDesk ببيئة الاختبار المدمجة فيه، لا بـ BotPenguin. المفتاح والرموز المميزة وهمية.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>تنبيه الوضع التجريبي</translation>
    </message>
    <message>
        <source>&amp;Show tokens</source>
        <translation>إظهار الرموز المميزة (&amp;S)</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>إظهار الرموز المميزة</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>الطلبات المتوازية (&amp;P):</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>الطلبات المتوازية</translation>
    </message>
    <message>
        <source>How many requests are in flight at once (1 to 64)</source>
        <translation>عدد الطلبات الجارية في آنٍ واحد (من 1 إلى 64)</translation>
    </message>
    <message>
        <source>&amp;Fetch tokens</source>
        <translation>جلب الرموز المميزة (&amp;F)</translation>
    </message>
    <message>
        <source>Fet&amp;ch tokens</source>
        <translation>جلب الرموز المميزة (&amp;C)</translation>
    </message>
    <message>
        <source>Fetch tokens</source>
        <translation>جلب الرموز المميزة</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import user IDs…</source>
        <translation>استيراد معرّفات المستخدمين (&amp;I)…</translation>
    </message>
    <message>
        <source>Fetch the user IDs in a text file or a CSV file</source>
        <translation>جلب معرّفات المستخدمين الموجودة في ملف نصي أو ملف CSV</translation>
    </message>
    <message>
        <source>&amp;Export tokens…</source>
        <translation>تصدير الرموز المميزة (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected rows, or all rows, to a CSV or JSON file readable by you only</source>
        <translation>حفظ الصفوف المحددة، أو كل الصفوف، في ملف CSV أو JSON لا يقرؤه أحد غيرك</translation>
    </message>
    <message>
        <source>Copy user &amp;ID and token</source>
        <translation>نسخ معرّف المستخدم والرمز المميز (&amp;I)</translation>
    </message>
    <message>
        <source>Copy &quot;userId,token&quot; of the selected row, for pasting into forms</source>
        <translation>نسخ &quot;userId,token&quot; للصف المحدد، للصقه في النماذج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>نسخ الرمز المميز (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s token to the clipboard</source>
        <translation>نسخ الرمز المميز للصف المحدد إلى الحافظة</translation>
    </message>
    <message>
        <source>C&amp;lear table</source>
        <translation>مسح الجدول (&amp;L)</translation>
    </message>
    <message>
        <source>Forget every fetched token</source>
        <translation>نسيان كل الرموز المميزة المجلوبة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>حول TokenDesk‏ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>Fetch the tokens of the user IDs or e-mails entered above</source>
        <translation>جلب الرموز المميزة لمعرّفات المستخدمين أو عناوين البريد الإلكتروني المُدخلة أعلاه</translation>
    </message>
    <message>
        <source>Show every token in full, or mask them again</source>
        <translation>إظهار كل الرموز المميزة كاملةً، أو إخفاؤها مرة أخرى</translation>
    </message>
    <message>
        <source>Show or &amp;hide the selected token</source>
        <translation>إظهار الرمز المميز المحدد أو إخفاؤه (&amp;H)</translation>
    </message>
    <message>
        <source>Show the selected row&apos;s token in full, or mask it again</source>
        <translation>إظهار الرمز المميز للصف المحدد كاملًا، أو إخفاؤه مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>تصفية (&amp;F)</translation>
    </message>
    <message>
        <source>Go to the filter box of the tab shown</source>
        <translation>الانتقال إلى مربع التصفية في علامة التبويب المعروضة</translation>
    </message>
    <message>
        <source>Fetched &amp;tokens</source>
        <translation>الرموز المميزة المجلوبة (&amp;T)</translation>
    </message>
    <message>
        <source>Show the tab of fetched tokens</source>
        <translation>إظهار علامة تبويب الرموز المميزة المجلوبة</translation>
    </message>
    <message>
        <source>Customer &amp;list</source>
        <translation>قائمة العملاء (&amp;L)</translation>
    </message>
    <message>
        <source>Show the tab of the agency&apos;s customers</source>
        <translation>إظهار علامة تبويب عملاء الوكالة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>اختصارات لوحة المفاتيح (&amp;K)…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>القرص</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملفّ</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>اعثر في:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>اسم الملفّ (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>افتح (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>احفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>احفظ كَ‍</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>اذهب للخلف</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>اذهب للأمام</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اذهب إلى الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>غيّر إلى وضع المنظور القائميّ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>غيّر إلى وضع المنظور التّفصيليّ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>الشّريط الجانبيّ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>قائمة الأماكن والعلامات</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفّات</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>أعد التّسمية (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>احذف (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>أظهر الملفّات المخفيّة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>مجلّد جديد (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلّد جديد</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>الأماكن الحديثة</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>‏%1 موجود بالفعل.
أتريد استبداله؟</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>أتريد حقًّا حذف ’%1‘؟</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>‏’%1‘ محميّ ضدّ الكتابة.
أتريد حذفه بأيّ حال؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>تعذّر حذف الدّليل.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
لم يُعثر على الملفّ.
رجاءً تحقّق من إعطائك الاسم الصحيح للملفّ.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
لم يُعثر على الدّليل.
رجاءً تحقّق من إعطائك الاسم الصحيح للدّليل.</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>الأدّلة</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>ملفّ %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>القرص</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>أزل</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>اختصار</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>اعثر على دليل</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>اختر (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ك.بايت</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 م.بايت</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غ.بايت</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 ت.بايت</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>حاسوبي</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>اسم الملفّ غير صالح</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا (&amp;N)</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعد الافتراضيّات</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenDesk Settings</source>
        <translation>إعدادات TokenDesk</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>ملف تعريف الوكالة</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>ملف التعريف (&amp;F):</translation>
    </message>
    <message>
        <source>Open another saved profile: its API address and, when remembered, its key. Profiles are saved and deleted in the main window.</source>
        <translation>فتح ملف تعريف محفوظ آخر: عنوان API الخاص به، ومفتاحه إن كان محفوظًا. تُحفظ ملفات التعريف وتُحذف من النافذة الرئيسية.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>عنوان API‏ (&amp;A):</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>عنوان API</translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (localhost)</source>
        <translation>https:// فقط؛ ويُسمح بـ http:// لهذا الحاسوب (localhost)</translation>
    </message>
    <message>
        <source>Request &amp;time-out:</source>
        <translation>مهلة الطلب (&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Request time-out in seconds</source>
        <translation>مهلة الطلب بالثواني</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>الطلبات المتوازية (&amp;P):</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>الطلبات المتوازية</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>مرات إعادة المحاولة (&amp;R):</translation>
    </message>
    <message>
        <source>Retries of a failure that may pass</source>
        <translation>مرات إعادة المحاولة عند فشل قد يكون عابرًا</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>البيانات السرية</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after:</source>
        <translation>مسح الحافظة بعد (&amp;C):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds; 0 never</source>
        <translation>مسح الحافظة بعد مدة بالثواني؛ 0 يعني أبدًا</translation>
    </message>
    <message>
        <source>&amp;Hide revealed tokens after:</source>
        <translation>إخفاء الرموز المميزة المكشوفة بعد (&amp;H):</translation>
    </message>
    <message>
        <source>Hide revealed tokens after, in seconds; 0 never</source>
        <translation>إخفاء الرموز المميزة المكشوفة بعد مدة بالثواني؛ 0 يعني أبدًا</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة (&amp;L):</translation>
    </message>
    <message>
        <source>The language of TokenDesk&apos;s windows. It changes at once, without a restart.</source>
        <translation>لغة نوافذ TokenDesk. تتغيّر فورًا، دون إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Forget tok&amp;ens after:</source>
        <translation>نسيان الرموز بعد (&amp;E):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Forget tokens after</source>
        <translation>نسيان الرموز بعد</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input in TokenDesk before the fetched tokens are forgotten; 0 never.</source>
        <translation>عدد الدقائق دون استخدام لوحة المفاتيح أو الفأرة في TokenDesk قبل نسيان الرموز التي جُلبت؛ 0 تعني أبدًا.</translation>
    </message>
    <message>
        <source>Forget tokens when the screen locks or the computer &amp;sleeps</source>
        <translation>نسيان الرموز عند قفل الشاشة أو سكون الحاسوب (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Shortcuts of the TokenDesk window:</source>
        <translation>اختصارات نافذة TokenDesk‏ (&amp;S):</translation>
    </message>
    <message>
        <source>Each row names what a key does and the key that does it.</source>
        <translation>يذكر كل صف الإجراء الذي يؤديه مفتاح ما، والمفتاح الذي يؤديه.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AboutDialog</name>
    <message>
        <source>part of the operating system</source>
        <translation>جزء من نظام التشغيل</translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation>TLS (%1)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>TokenDesk %1</source>
        <translation>TokenDesk %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The TokenDesk authors&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;TokenDesk برنامج حر: يمكنك إعادة توزيعه وتعديله وفق شروط &lt;a href=&quot;%1&quot;&gt;رخصة GNU العمومية العامة&lt;/a&gt;، الإصدار 3 أو أي إصدار لاحق. ولا يأتي مع أي ضمان على الإطلاق.&lt;/p&gt;&lt;p&gt;حقوق النشر © 2026 مؤلفو TokenDesk&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk uses these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;يستخدم TokenDesk هذه المكتبات:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Qt %1, QtKeychain %2, %3 %4</source>
        <translation>Qt %1، QtKeychain %2، %3 %4</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AgencyKeyField</name>
    <message>
        <source>Hide key</source>
        <translation>إخفاء المفتاح</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>إظهار المفتاح</translation>
    </message>
    <message>
        <source>Show or hide the agency API key</source>
        <translation>إظهار مفتاح API للوكالة أو إخفاؤه</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>ينتهي بـ %1</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BatchProgress</name>
    <message>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 من %2، وفشل %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>تقدّم الجلب</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>The server asked TokenDesk to slow down: waiting %Ln second(s).</source>
        <translation>
            <numerusform>طلب الخادم من TokenDesk الإبطاء: جارٍ الانتظار %Ln ثانية.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الإبطاء: جارٍ الانتظار %Ln ثانية.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الإبطاء: جارٍ الانتظار %Ln ثانيتين.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الإبطاء: جارٍ الانتظار %Ln ثوانٍ.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الإبطاء: جارٍ الانتظار %Ln ثانية.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الإبطاء: جارٍ الانتظار %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency API key was rejected, so the batch stopped. Check the key and fetch again.</source>
        <translation>رُفض مفتاح API للوكالة، لذا توقّفت الدفعة. تحقّق من المفتاح وأعد الجلب.</translation>
    </message>
    <message>
        <source>Cancelled: %1 active, %2 inactive, %3 failed, %4 not fetched.</source>
        <translation>أُلغي: نشط %1، وغير نشط %2، وفشل %3، ولم يُجلب %4.</translation>
    </message>
    <message>
        <source>Done: %1 active, %2 inactive, %3 failed.</source>
        <translation>اكتمل: نشط %1، وغير نشط %2، وفشل %3.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli</name>
    <message>
        <source>Fetches BotPenguin customers&apos; permanent API tokens with a partner agency key.

The agency key is never taken from an argument: give it with --key-stdin (the first line of standard input), the TOKENDESK_API_KEY environment variable, or --profile NAME, a profile saved in the window with its key in the system&apos;s keychain. TOKENDESK_BASE_URL sets the API&apos;s address (--base-url wins; both win over the profile&apos;s).

Exit status: 0 every token fetched, 1 at least one failed or was skipped, 2 usage or input error (nothing was sent), 3 the agency key was rejected, 4 the output could not be written, 130 or 143 after Ctrl+C or SIGTERM (the rows that finished are written), 141 when the reader of the output went away.</source>
        <translation>يجلب رموز API المميزة الدائمة لعملاء BotPenguin باستخدام مفتاح وكالة شريكة.

لا يُؤخذ مفتاح الوكالة من وسيط سطر الأوامر أبدًا: قدّمه عبر --key-stdin (السطر الأول من الإدخال القياسي)، أو متغير البيئة TOKENDESK_API_KEY، أو --profile الاسم، وهو ملف تعريف محفوظ في النافذة ومفتاحه في سلسلة مفاتيح النظام. يحدّد TOKENDESK_BASE_URL عنوان API (والأولوية لـ --base-url؛ وكلاهما مقدَّم على عنوان ملف التعريف).

حالة الخروج: 0 جُلبت كل الرموز، 1 فشل واحد على الأقل أو تُخطّي، 2 خطأ في الاستخدام أو الإدخال (لم يُرسل شيء)، 3 رُفض مفتاح الوكالة، 4 تعذّرت كتابة المخرجات، 130 أو 143 بعد Ctrl+C أو SIGTERM (تُكتب الصفوف المكتملة)، 141 عندما يختفي قارئ المخرجات.</translation>
    </message>
    <message>
        <source>--email and --type go together: give both for a team member.</source>
        <translation>الخياران --email و--type متلازمان: حدّد كليهما لعضو الفريق.</translation>
    </message>
    <message>
        <source>Give --email and --type once; for more team members use -i FILE with a CSV with email and type columns.</source>
        <translation>حدّد --email و--type مرة واحدة فقط؛ ولمزيد من أعضاء الفريق استخدم -i ملف مع ملف CSV يحتوي على العمودين email وtype.</translation>
    </message>
    <message>
        <source>Unknown --type “%1”: use AGENT, CUSTOM_USER or CUSTOMER.</source>
        <translation>قيمة --type غير معروفة “%1”: استخدم AGENT أو CUSTOM_USER أو CUSTOMER.</translation>
    </message>
    <message>
        <source>Give --customers (the list) or --all (every customer&apos;s token), not both.</source>
        <translation>حدّد --customers (القائمة) أو --all (الرمز المميز لكل عميل)، وليس كليهما.</translation>
    </message>
    <message>
        <source>--customers and --all take every customer from the list; leave out user IDs, -i and --email.</source>
        <translation>يأخذ --customers و--all كل العملاء من القائمة؛ فلا تحدّد معرّفات مستخدمين ولا -i ولا --email.</translation>
    </message>
    <message>
        <source>Try &apos;tokendesk-cli --help&apos;.</source>
        <translation>جرّب &apos;tokendesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>User IDs, one per line (# comments and blank lines are skipped), or a CSV with a userId or _id column, or a CSV with email and type columns for team members; &quot;-&quot; reads standard input. Each ID once.</source>
        <translation>معرّفات المستخدمين، معرّف في كل سطر (تُتخطّى التعليقات # والأسطر الفارغة)، أو ملف CSV فيه عمود userId أو _id، أو ملف CSV فيه العمودان email وtype لأعضاء الفريق؛ &quot;-&quot; يقرأ الإدخال القياسي. كل معرّف مرة واحدة.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>A team member&apos;s e-mail address, to fetch their token; needs --type.</source>
        <translation>عنوان البريد الإلكتروني لعضو الفريق، لجلب رمزه المميز؛ يتطلب --type.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The team member&apos;s type: AGENT, CUSTOM_USER or CUSTOMER (any case).</source>
        <translation>نوع عضو الفريق: AGENT أو CUSTOM_USER أو CUSTOMER (بأحرف كبيرة أو صغيرة).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>jsonl, json, csv or table (default: table on a terminal, jsonl otherwise).</source>
        <translation>jsonl أو json أو csv أو table (الافتراضي: table في الطرفية، وjsonl في غير ذلك).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1..64 (default 6).</source>
        <translation>عدد الطلبات الجارية في آنٍ واحد، 1..64 (الافتراضي 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Time allowed for one request (default 30).</source>
        <translation>المدة المسموح بها للطلب الواحد (الافتراضي 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>الثواني</translation>
    </message>
    <message>
        <source>Extra tries of a transient failure, 0..10 (default 2).</source>
        <translation>المحاولات الإضافية عند فشل عابر، 0..10 (الافتراضي 2).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default https://api.v7.botpenguin.com).</source>
        <translation>عنوان API (الافتراضي https://api.v7.botpenguin.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the agency key from the first line of standard input.</source>
        <translation>قراءة مفتاح الوكالة من السطر الأول من الإدخال القياسي.</translation>
    </message>
    <message>
        <source>Use a built-in sandbox of the API with a demo key.</source>
        <translation>استخدام بيئة اختبار مدمجة لـ API مع مفتاح تجريبي.</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error (the key and tokens are shown as ***).</source>
        <translation>وصف كل طلب ورد على الخطأ القياسي (يظهر المفتاح والرموز المميزة بالشكل ***).</translation>
    </message>
    <message>
        <source>List the agency&apos;s customers (every page) instead of fetching tokens.</source>
        <translation>سرد عملاء الوكالة (كل الصفحات) بدلًا من جلب الرموز المميزة.</translation>
    </message>
    <message>
        <source>Fetch the token of every customer that the list gives.</source>
        <translation>جلب الرمز المميز لكل عميل في القائمة.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a corporate TLS proxy&apos;s, or a test server&apos;s).</source>
        <translation>الوثوق أيضًا بشهادات CA الموجودة في ملف PEM هذا (شهادات وكيل TLS مؤسسي أو خادم اختبار).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Use a profile saved in the TokenDesk window: its base URL, and its key from the system&apos;s keychain.</source>
        <translation>استخدام ملف تعريف محفوظ في نافذة TokenDesk: عنوان URL الأساسي الخاص به، ومفتاحه من سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Customer user IDs.</source>
        <translation>معرّفات مستخدمي العملاء.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use jsonl, json, csv or table.</source>
        <translation>تنسيق غير معروف “%1”: استخدم jsonl أو json أو csv أو table.</translation>
    </message>
    <message>
        <source>The concurrency (-j) must be a whole number from 1 to 64, not “%1”.</source>
        <translation>يجب أن يكون عدد الطلبات المتزامنة (-j) عددًا صحيحًا من 1 إلى 64، وليس “%1”.</translation>
    </message>
    <message>
        <source>--retries must be a whole number from 0 to 10, not “%1”.</source>
        <translation>يجب أن تكون قيمة --retries عددًا صحيحًا من 0 إلى 10، وليس “%1”.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --base-url.</source>
        <translation>يشغّل --demo بيئة الاختبار الخاصة به؛ فلا تحدّد --base-url.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --profile.</source>
        <translation>يشغّل --demo بيئة الاختبار الخاصة به؛ فلا تحدّد --profile.</translation>
    </message>
    <message>
        <source>Standard input (-i -) can be read only once.</source>
        <translation>لا يمكن قراءة الإدخال القياسي (-i -) إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>No user IDs given: name them as arguments or in a file with -i FILE.</source>
        <translation>لم تُحدَّد معرّفات مستخدمين: اذكرها كوسائط أو في ملف باستخدام -i ملف.</translation>
    </message>
    <message>
        <source>No user IDs given. The demo sandbox knows these, for example:
  tokendesk-cli --demo %1
and this team member:
  tokendesk-cli --demo --email %2 --type AGENT</source>
        <translation>لم تُحدَّد معرّفات مستخدمين. تعرف بيئة الاختبار التجريبية هذه المعرّفات، على سبيل المثال:
  tokendesk-cli --demo %1
وعضو الفريق هذا:
  tokendesk-cli --demo --email %2 --type AGENT</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on this computer.</source>
        <translation>تعذّر تشغيل بيئة الاختبار التجريبية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Demo mode: a built-in sandbox with made-up customers answers at %1.</source>
        <translation>الوضع التجريبي: تستجيب بيئة اختبار مدمجة بعملاء وهميين على %1.</translation>
    </message>
    <message>
        <source>The agency API key was rejected%1, so the run stopped and no more requests were sent. Check the key and try again.</source>
        <translation>رُفض مفتاح API للوكالة%1، لذا توقّف التشغيل ولم تُرسَل أي طلبات أخرى. تحقّق من المفتاح وأعد المحاولة.</translation>
    </message>
    <message>
        <source>No result was reported for this user ID.</source>
        <translation>لم تُبلَّغ أي نتيجة لمعرّف المستخدم هذا.</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed</source>
        <translation>اكتمل %1/%2، وفشل %3</translation>
    </message>
    <message>
        <source>Listing customers: %1 so far, %2 pages</source>
        <translation>جارٍ سرد العملاء: %1 حتى الآن، عدد الصفحات: %2</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>العملاء: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>معرّف المستخدم</translation>
    </message>
    <message>
        <source>Cannot send the user ID “%1”: %2</source>
        <translation>لا يمكن إرسال معرّف المستخدم “%1”: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>الإدخال القياسي</translation>
    </message>
    <message>
        <source>Agency API key: </source>
        <translation>مفتاح API للوكالة: </translation>
    </message>
    <message>
        <source>--key-stdin was given, but standard input was empty.</source>
        <translation>حُدِّد --key-stdin، لكن الإدخال القياسي كان فارغًا.</translation>
    </message>
    <message>
        <source>No agency API key: give it on the first line of standard input with --key-stdin, in the environment variable TOKENDESK_API_KEY, or with --profile NAME from the keychain. To try TokenDesk without a key, use --demo.</source>
        <translation>لا يوجد مفتاح API للوكالة: قدّمه في السطر الأول من الإدخال القياسي مع --key-stdin، أو في متغير البيئة TOKENDESK_API_KEY، أو عبر --profile الاسم من سلسلة مفاتيح النظام. لتجربة TokenDesk دون مفتاح، استخدم --demo.</translation>
    </message>
    <message>
        <source>Give the key with --key-stdin or TOKENDESK_API_KEY instead.</source>
        <translation>قدّم المفتاح بدلًا من ذلك عبر --key-stdin أو TOKENDESK_API_KEY.</translation>
    </message>
    <message>
        <source>No profiles are saved yet; save one in the TokenDesk window.</source>
        <translation>لا توجد ملفات تعريف محفوظة بعد؛ احفظ ملفًا منها في نافذة TokenDesk.</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>ملفات التعريف المحفوظة: %1.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>لا يوجد ملف تعريف باسم “%1”.</translation>
    </message>
    <message>
        <source>The profile “%1” does not keep its key in the keychain.</source>
        <translation>لا يحفظ ملف التعريف “%1” مفتاحه في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>الرمز المميز</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most %L1 (a day), not “%2”.</source>
        <translation>يجب أن تكون قيمة --timeout عددًا من الثواني أكبر من 0 وبحد أقصى %L1 (يوم واحد)، وليس “%2”.</translation>
    </message>
    <message>
        <source>Note: the agency API key began with “Bearer ”; TokenDesk adds that itself, so it was left out.</source>
        <translation>ملاحظة: بدأ مفتاح API للوكالة بـ “Bearer ”؛ يضيف TokenDesk ذلك بنفسه، لذا حُذف.</translation>
    </message>
    <message>
        <source>Ctrl+C (SIGINT)</source>
        <translation>Ctrl+C (SIGINT)</translation>
    </message>
    <message>
        <source>The output could not be written (%1), so the run stopped: nothing more is sent.</source>
        <translation>تعذّرت كتابة المخرجات (%1)، لذا توقف التشغيل: لن يُرسل أي شيء آخر.</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers; no token was requested.</source>
        <translation>قُوطع بواسطة %1: توقفت قائمة العملاء بعد %2 من العملاء؛ لم يُطلب أي رمز.</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers, and those are written out.</source>
        <translation>قُوطع بواسطة %1: توقفت قائمة العملاء بعد %2 من العملاء، وقد كُتبوا في المخرجات.</translation>
    </message>
    <message>
        <source>Interrupted by %1: %2 of %3 finished and written out, %4 of them with a token.</source>
        <translation>قُوطع بواسطة %1: اكتمل %2 من %3 وكُتبت في المخرجات، %4 منها برمز.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 غيرها</translation>
    </message>
    <message>
        <source>Not sent or stopped in flight (%1): %2</source>
        <translation>لم تُرسل أو أُوقفت أثناء التنفيذ (%1): %2</translation>
    </message>
    <message>
        <source>The output could not be written (%1).</source>
        <translation>تعذّرت كتابة المخرجات (%1).</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerBrowser</name>
    <message numerus="yes">
        <source>Loading… page %1, %Ln customer(s) so far</source>
        <translation>
            <numerusform>جارٍ التحميل… الصفحة %1، %Ln عميل حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… الصفحة %1، %Ln عميل حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… الصفحة %1، %Ln عميلان حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… الصفحة %1، %Ln عملاء حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… الصفحة %1، %Ln عميلًا حتى الآن</numerusform>
            <numerusform>جارٍ التحميل… الصفحة %1، %Ln عميل حتى الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the customer list…</source>
        <translation>جارٍ تحميل قائمة العملاء…</translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation>لا يوجد عميل يطابق التصفية.</translation>
    </message>
    <message>
        <source>No customers loaded yet. Press Load customers to list the agency&apos;s customers, then fetch the tokens of the ones you pick.</source>
        <translation>لم يُحمَّل أي عملاء بعد. اضغط «تحميل العملاء» لسرد عملاء الوكالة، ثم اجلب الرموز المميزة لمن تختارهم منهم.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerLister</name>
    <message>
        <source>Customers listed: %L1.</source>
        <translation>العملاء المُدرَجون: %L1.</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list ended at page %L2, where the server stopped sending new customers.</source>
        <translation>العملاء المُدرَجون: %L1. انتهت القائمة عند الصفحة %L2، حيث توقّف الخادم عن إرسال عملاء جدد.</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list may be incomplete: it stopped after %L2 pages, the most TokenDesk reads.</source>
        <translation>العملاء المُدرَجون: %L1. قد تكون القائمة غير مكتملة: توقّفت بعد %L2 صفحة، وهو أقصى ما يقرؤه TokenDesk.</translation>
    </message>
    <message>
        <source>Listing the customers was cancelled; customers listed so far: %L1.</source>
        <translation>أُلغي سرد العملاء؛ العملاء المُدرَجون حتى الآن: %L1.</translation>
    </message>
    <message>
        <source>The customer list could not be read (page %L1): %2</source>
        <translation>تعذّرت قراءة قائمة العملاء (الصفحة %L1): %2</translation>
    </message>
    <message>
        <source>Entries without an ID, left out: %L1.</source>
        <translation>الإدخالات المستبعدة لعدم وجود معرّف: %L1.</translation>
    </message>
    <message>
        <source>Listing the customers stopped because the agency API key was rejected; customers listed so far: %L1.</source>
        <translation>توقف سرد العملاء لأن مفتاح API للوكالة رُفض؛ العملاء المُدرَجون حتى الآن: %L1.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerParser</name>
    <message>
        <source>The server&apos;s reply does not hold a customer list in the expected form.</source>
        <translation>لا يحتوي رد الخادم على قائمة عملاء بالشكل المتوقع.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>موثَّق</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>معرّف المستخدم</translation>
    </message>
</context>
<context>
    <name>TokenDesk::FailureDetails</name>
    <message>
        <source>Copy failure reasons</source>
        <translation>نسخ أسباب الإخفاق</translation>
    </message>
    <message>
        <source>Why %1 failed: %2</source>
        <translation>سبب إخفاق %1: %2</translation>
    </message>
    <message>
        <source>No row failed.</source>
        <translation>لم يُخفق أي صف.</translation>
    </message>
    <message numerus="yes">
        <source>Copied why %Ln row(s) failed.</source>
        <translation>
            <numerusform>نُسخت أسباب إخفاق %Ln صف.</numerusform>
            <numerusform>نُسخ سبب إخفاق %Ln صف.</numerusform>
            <numerusform>نُسخ سببا إخفاق %Ln صفين.</numerusform>
            <numerusform>نُسخت أسباب إخفاق %Ln صفوف.</numerusform>
            <numerusform>نُسخت أسباب إخفاق %Ln صفًا.</numerusform>
            <numerusform>نُسخت أسباب إخفاق %Ln صف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchQueue</name>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>أُلغي قبل أن يكتمل.</translation>
    </message>
    <message>
        <source>Not sent: the agency API key was rejected.</source>
        <translation>لم يُرسَل: رُفض مفتاح API للوكالة.</translation>
    </message>
    <message>
        <source>Not fetched: the server has no partner API at this address (HTTP 404 for another user ID): check the base URL.</source>
        <translation>لم يُجلب: لا توجد لدى الخادم واجهة API للشركاء على هذا العنوان (HTTP 404 لمعرّف مستخدم آخر): تحقّق من عنوان URL الأساسي.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::IdFileReader</name>
    <message>
        <source>Line %1: %2 Skipped.</source>
        <translation>السطر %1: %2 تم تخطّيه.</translation>
    </message>
    <message>
        <source>Line %1 has no email; skipped.</source>
        <translation>لا يحتوي السطر %1 على بريد إلكتروني؛ تم تخطّيه.</translation>
    </message>
    <message>
        <source>Line %1 has no type; skipped.</source>
        <translation>لا يحتوي السطر %1 على نوع؛ تم تخطّيه.</translation>
    </message>
    <message>
        <source>Line %1 has the type “%2”, not AGENT, CUSTOM_USER or CUSTOMER; skipped.</source>
        <translation>نوع السطر %1 هو “%2”، وليس AGENT أو CUSTOM_USER أو CUSTOMER؛ تم تخطّيه.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… و%1 غيرها.</translation>
    </message>
    <message>
        <source>The file holds no team members.</source>
        <translation>لا يحتوي الملف على أي أعضاء فريق.</translation>
    </message>
    <message>
        <source>The file holds no user IDs.</source>
        <translation>لا يحتوي الملف على أي معرّفات مستخدمين.</translation>
    </message>
    <message>
        <source>Line %1 has fewer columns than the header; skipped.</source>
        <translation>يحتوي السطر %1 على أعمدة أقل من سطر العناوين؛ تم تخطّيه.</translation>
    </message>
    <message>
        <source>Line %1 has no %2; skipped.</source>
        <translation>لا يحتوي السطر %1 على %2؛ تم تخطّيه.</translation>
    </message>
    <message>
        <source>This is UTF-16 text; save the file as UTF-8.</source>
        <translation>هذا نص بترميز UTF-16؛ احفظ الملف بترميز UTF-8.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds NUL bytes.</source>
        <translation>هذا ليس ملفًا نصيًا: يحتوي على بايتات NUL.</translation>
    </message>
    <message>
        <source>This is not a text file in UTF-8. If a spreadsheet wrote it, save it as “CSV UTF-8”.</source>
        <translation>هذا ليس ملفًا نصيًا بترميز UTF-8. إذا أنشأه برنامج جداول بيانات، فاحفظه بصيغة “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB, too large for a list of user IDs.</source>
        <translation>حجم الملف أكبر من 64 MiB، وهو حجم كبير جدًا لقائمة معرّفات مستخدمين.</translation>
    </message>
    <message>
        <source>Line %1 looks like a CSV header, but it has no userId or _id column, nor email and type columns.</source>
        <translation>يبدو السطر %1 كسطر عناوين CSV، لكنه لا يحتوي على عمود userId أو _id، ولا على العمودين email وtype.</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>يحتوي السطر %1 على علامة اقتباس لم تُغلق.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>هذا مجلد، وليس ملفًا.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>لا يمكن قراءة الملف: %1</translation>
    </message>
    <message>
        <source>This looks like UTF-16 text without a byte order mark; save the file as UTF-8.</source>
        <translation>يبدو أن هذا نص بترميز UTF-16 بلا علامة ترتيب البايتات؛ احفظ الملف بترميز UTF-8.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPanel</name>
    <message>
        <source>Enter at least one team member&apos;s e-mail.</source>
        <translation>أدخل البريد الإلكتروني لعضو فريق واحد على الأقل.</translation>
    </message>
    <message>
        <source>Enter at least one customer user ID.</source>
        <translation>أدخل معرّف مستخدم عميل واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Team mem&amp;ber e-mails:</source>
        <translation>عناوين بريد أعضاء الفريق (&amp;B):</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>معرّفات مستخدمي العملاء (&amp;U):</translation>
    </message>
    <message>
        <source>Team member e-mails</source>
        <translation>عناوين بريد أعضاء الفريق</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>معرّفات مستخدمي العملاء</translation>
    </message>
    <message>
        <source>One e-mail address, or many separated by commas, spaces or new lines.</source>
        <translation>عنوان بريد إلكتروني واحد، أو عدة عناوين تفصل بينها فواصل أو مسافات أو أسطر جديدة.</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>معرّف مستخدم واحد، أو عدة معرّفات تفصل بينها فواصل أو مسافات أو أسطر جديدة. يبدأ Enter الجلب؛ ويبدأ Shift+Enter سطرًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPolicy</name>
    <message>
        <source>“%1” is not a valid URL. Use the form https://host.</source>
        <translation>“%1” ليس عنوان URL صالحًا. استخدم الصيغة https://host.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a query or a fragment.</source>
        <translation>يجب ألا يحتوي عنوان URL الأساسي على اسم مستخدم أو استعلام أو جزء (fragment).</translation>
    </message>
    <message>
        <source>Plain http:// would send the agency key unencrypted; it is only allowed for this computer (localhost). Use https://.</source>
        <translation>يُرسل http:// العادي مفتاح الوكالة دون تشفير؛ لذا لا يُسمح به إلا لهذا الحاسوب (localhost). استخدم https://.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>يجب أن يبدأ عنوان URL الأساسي بـ https://.</translation>
    </message>
    <message>
        <source>Enter the agency API key.</source>
        <translation>أدخل مفتاح API للوكالة.</translation>
    </message>
    <message>
        <source>The agency API key contains a line break or another control character. Paste the key again.</source>
        <translation>يحتوي مفتاح API للوكالة على فاصل أسطر أو حرف تحكم آخر. الصق المفتاح مرة أخرى.</translation>
    </message>
    <message>
        <source>The agency API key contains characters that cannot be sent in an HTTP header. Paste the key again.</source>
        <translation>يحتوي مفتاح API للوكالة على أحرف لا يمكن إرسالها في ترويسة HTTP. الصق المفتاح مرة أخرى.</translation>
    </message>
    <message>
        <source>The user ID is empty.</source>
        <translation>معرّف المستخدم فارغ.</translation>
    </message>
    <message>
        <source>The user ID contains a control character.</source>
        <translation>يحتوي معرّف المستخدم على حرف تحكم.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>عنوان البريد الإلكتروني فارغ.</translation>
    </message>
    <message>
        <source>The e-mail address contains a control character.</source>
        <translation>يحتوي عنوان البريد الإلكتروني على حرف تحكم.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @.</source>
        <translation>يجب أن يحتوي عنوان البريد الإلكتروني على @.</translation>
    </message>
    <message>
        <source>The base URL&apos;s port must be from 1 to 65535, not 0.</source>
        <translation>يجب أن يكون منفذ عنوان URL الأساسي من 1 إلى 65535، وليس 0.</translation>
    </message>
    <message>
        <source>The agency API key is %L1 characters long, more than the %L2 an agency key can be. Paste the key again.</source>
        <translation>يبلغ طول مفتاح API للوكالة %L1 حرفًا، وهو أكثر من %L2 التي يمكن أن يبلغها مفتاح الوكالة. الصق المفتاح مرة أخرى.</translation>
    </message>
    <message>
        <source>The user ID is %L1 characters long, more than the %L2 a user ID can be.</source>
        <translation>يبلغ طول معرّف المستخدم %L1 حرفًا، وهو أكثر من %L2 التي يمكن أن يبلغها معرّف المستخدم.</translation>
    </message>
    <message>
        <source>The user ID contains an invisible character (U+%1) inside it; type the ID again.</source>
        <translation>يحتوي معرّف المستخدم على حرف غير مرئي (U+%1) في داخله؛ اكتب المعرّف مرة أخرى.</translation>
    </message>
    <message>
        <source>The e-mail address is %L1 characters long, more than the %L2 an address can be.</source>
        <translation>يبلغ طول عنوان البريد الإلكتروني %L1 حرفًا، وهو أكثر من %L2 التي يمكن أن يبلغها العنوان.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeyVault</name>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service such as GNOME Keyring or KWallet; until then the key is kept in memory for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام (%1). ثبّت خدمة Secret Service مثل GNOME Keyring أو KWallet وشغّلها؛ وحتى ذلك الحين يُحفظ المفتاح في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1); until it can, the key is kept in memory for this session only.</source>
        <translation>تعذّر استخدام سلسلة مفاتيح النظام (%1)؛ وإلى أن يصبح ذلك ممكنًا، يُحفظ المفتاح في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>No agency key is stored in the keychain for the profile “%1”.</source>
        <translation>لا يوجد مفتاح وكالة محفوظ في سلسلة مفاتيح النظام لملف التعريف “%1”.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused; until it is allowed, the key is kept in memory for this session only.</source>
        <translation>رُفض الوصول إلى سلسلة مفاتيح النظام؛ وإلى أن يُسمح به، يُحفظ المفتاح في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>الخطأ %1</translation>
    </message>
    <message>
        <source>There is no key to store.</source>
        <translation>لا يوجد مفتاح لحفظه.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %Ln second(s); it may be waiting for a password prompt. Unlock it and try again.</source>
        <translation>
            <numerusform>لم تستجب سلسلة مفاتيح النظام خلال %Ln ثانية؛ ربما تنتظر مطالبة بكلمة المرور. افتح قفلها وأعد المحاولة.</numerusform>
            <numerusform>لم تستجب سلسلة مفاتيح النظام خلال %Ln ثانية؛ ربما تنتظر مطالبة بكلمة المرور. افتح قفلها وأعد المحاولة.</numerusform>
            <numerusform>لم تستجب سلسلة مفاتيح النظام خلال %Ln ثانيتين؛ ربما تنتظر مطالبة بكلمة المرور. افتح قفلها وأعد المحاولة.</numerusform>
            <numerusform>لم تستجب سلسلة مفاتيح النظام خلال %Ln ثوانٍ؛ ربما تنتظر مطالبة بكلمة المرور. افتح قفلها وأعد المحاولة.</numerusform>
            <numerusform>لم تستجب سلسلة مفاتيح النظام خلال %Ln ثانية؛ ربما تنتظر مطالبة بكلمة المرور. افتح قفلها وأعد المحاولة.</numerusform>
            <numerusform>لم تستجب سلسلة مفاتيح النظام خلال %Ln ثانية؛ ربما تنتظر مطالبة بكلمة المرور. افتح قفلها وأعد المحاولة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>Cleared the copied token from the clipboard.</source>
        <translation>مُسح الرمز المميز المنسوخ من الحافظة.</translation>
    </message>
    <message>
        <source>The system did not let TokenDesk clear the clipboard: the token may still be on it.</source>
        <translation>لم يسمح النظام لـ TokenDesk بمسح الحافظة: قد يظل الرمز المميز فيها.</translation>
    </message>
    <message>
        <source>TokenDesk — demo mode</source>
        <translation>TokenDesk — الوضع التجريبي</translation>
    </message>
    <message>
        <source>Demo mode: press Fetch tokens to try the sample customers.</source>
        <translation>الوضع التجريبي: اضغط «جلب الرموز المميزة» لتجربة العملاء النموذجيين.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln token(s)…</source>
        <translation>
            <numerusform>جارٍ جلب %Ln رمز مميز…</numerusform>
            <numerusform>جارٍ جلب %Ln رمز مميز…</numerusform>
            <numerusform>جارٍ جلب %Ln رمزين مميزين…</numerusform>
            <numerusform>جارٍ جلب %Ln رموز مميزة…</numerusform>
            <numerusform>جارٍ جلب %Ln رمزًا مميزًا…</numerusform>
            <numerusform>جارٍ جلب %Ln رمز مميز…</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>قائمة العملاء</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>لا توجد سلسلة مفاتيح للنظام</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>العدّ التنازلي للحافظة</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %Ln s</source>
        <translation>
            <numerusform>تُمسح الحافظة بعد %Ln ث</numerusform>
            <numerusform>تُمسح الحافظة بعد %Ln ث</numerusform>
            <numerusform>تُمسح الحافظة بعد %Ln ث</numerusform>
            <numerusform>تُمسح الحافظة بعد %Ln ث</numerusform>
            <numerusform>تُمسح الحافظة بعد %Ln ث</numerusform>
            <numerusform>تُمسح الحافظة بعد %Ln ث</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>Fetch the tokens of the IDs entered above (%1)</source>
        <translation>جلب الرموز المميزة للمعرّفات المُدخلة أعلاه (%1)</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>الرموز المميزة المجلوبة</translation>
    </message>
    <message>
        <source>Those user IDs are already in the table or on their way; Retry failed sends the failed ones again.</source>
        <translation>معرّفات المستخدمين هذه موجودة في الجدول أو في طريقها إليه؛ «إعادة محاولة الفاشلة» يرسل الفاشلة مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln new token(s); the other user IDs are already in the table or on their way.</source>
        <translation>
            <numerusform>جارٍ جلب %Ln رمز مميز جديد؛ معرّفات المستخدمين الأخرى موجودة في الجدول أو في طريقها إليه.</numerusform>
            <numerusform>جارٍ جلب %Ln رمز مميز جديد؛ معرّفات المستخدمين الأخرى موجودة في الجدول أو في طريقها إليه.</numerusform>
            <numerusform>جارٍ جلب %Ln رمزين مميزين جديدين؛ معرّفات المستخدمين الأخرى موجودة في الجدول أو في طريقها إليه.</numerusform>
            <numerusform>جارٍ جلب %Ln رموز مميزة جديدة؛ معرّفات المستخدمين الأخرى موجودة في الجدول أو في طريقها إليه.</numerusform>
            <numerusform>جارٍ جلب %Ln رمزًا مميزًا جديدًا؛ معرّفات المستخدمين الأخرى موجودة في الجدول أو في طريقها إليه.</numerusform>
            <numerusform>جارٍ جلب %Ln رمز مميز جديد؛ معرّفات المستخدمين الأخرى موجودة في الجدول أو في طريقها إليه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>رفض الخادم الاتصال.</translation>
    </message>
    <message>
        <source>The server closed the connection before it finished answering.</source>
        <translation>أغلق الخادم الاتصال قبل أن يُكمل الرد.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL and the network.</source>
        <translation>تعذّر العثور على اسم الخادم. تحقّق من عنوان URL الأساسي ومن الشبكة.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>انتهت مهلة الاتصال بالخادم.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>تعذّر إنشاء اتصال آمن بالخادم.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>الشبكة غير متاحة.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>تعذّر استخدام الخادم الوكيل.</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere TokenDesk will not follow.</source>
        <translation>أعاد الخادم توجيه الطلب إلى وجهة لن يتبعها TokenDesk.</translation>
    </message>
    <message>
        <source>The server&apos;s reply broke the HTTP protocol.</source>
        <translation>خالف رد الخادم بروتوكول HTTP.</translation>
    </message>
    <message>
        <source>The request failed because of a network problem.</source>
        <translation>فشل الطلب بسبب مشكلة في الشبكة.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is self-signed or its issuer is unknown. If a corporate TLS proxy or a test server issued it, trust that CA certificate.</source>
        <translation>شهادة الخادم غير موثوق بها: فهي موقَّعة ذاتيًا أو جهة إصدارها غير معروفة. إذا كان مُصدرها وكيل TLS مؤسسيًا أو خادم اختبار، فثق بشهادة CA تلك.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>انتهت صلاحية شهادة الخادم أو أنها لم تصبح صالحة بعد. تحقّق من تاريخ هذا الحاسوب ووقته.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another host name than the base URL&apos;s.</source>
        <translation>شهادة الخادم تخص اسم مضيف غير اسم المضيف في عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>رُفضت شهادة الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>No reply from the server within %Ln second(s).</source>
        <translation>
            <numerusform>لم يصل أي رد من الخادم خلال %Ln ثانية.</numerusform>
            <numerusform>لم يصل أي رد من الخادم خلال %Ln ثانية.</numerusform>
            <numerusform>لم يصل أي رد من الخادم خلال %Ln ثانيتين.</numerusform>
            <numerusform>لم يصل أي رد من الخادم خلال %Ln ثوانٍ.</numerusform>
            <numerusform>لم يصل أي رد من الخادم خلال %Ln ثانية.</numerusform>
            <numerusform>لم يصل أي رد من الخادم خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1, far more than a token needs; it was dropped.</source>
        <translation>كان رد الخادم أكبر من %1، وهذا يتجاوز بكثير ما يحتاجه رمز مميز؛ لذا تم تجاهله.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PartnerApi</name>
    <message>
        <source>Enter the agency API key first.</source>
        <translation>أدخل مفتاح API للوكالة أولًا.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file “%1”: %2.</source>
        <translation>لا يمكن قراءة ملف شهادة CA “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>لا يحتوي “%1” على شهادة PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Customer list pages are numbered from 1.</source>
        <translation>تُرقَّم صفحات قائمة العملاء بدءًا من 1.</translation>
    </message>
    <message>
        <source>A page of the customer list was larger than %1; it was dropped.</source>
        <translation>كانت إحدى صفحات قائمة العملاء أكبر من %1؛ لذا تم تجاهلها.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileController</name>
    <message>
        <source>Opened the profile “%1”.</source>
        <translation>فُتح ملف التعريف “%1”.</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: enter it.</source>
        <translation>لا يوجد مفتاح محفوظ لـ “%1”: أدخله.</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>حُفظ ملف التعريف “%1”.</translation>
    </message>
    <message>
        <source>The key of “%1” is in the system keychain.</source>
        <translation>مفتاح “%1” موجود في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1” and its stored key.</source>
        <translation>حُذف ملف التعريف “%1” ومفتاحه المحفوظ.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>أدخل اسمًا لملف التعريف.</translation>
    </message>
    <message>
        <source>A profile name can be at most %1 characters long.</source>
        <translation>لا يمكن أن يزيد طول اسم ملف التعريف على %1 حرفًا.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/”.</source>
        <translation>لا يمكن أن يحتوي اسم ملف التعريف على “/”.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control or invisible characters.</source>
        <translation>لا يمكن أن يحتوي اسم ملف التعريف على أحرف تحكم أو أحرف غير مرئية.</translation>
    </message>
    <message>
        <source>A profile name cannot begin or end with a space.</source>
        <translation>لا يمكن أن يبدأ اسم ملف التعريف أو ينتهي بمسافة.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ReplyParser</name>
    <message>
        <source>The server said: “%1”</source>
        <translation>قال الخادم: “%1”</translation>
    </message>
    <message>
        <source>The agency API key was rejected (HTTP %1). Check the key and try again.</source>
        <translation>رُفض مفتاح API للوكالة (HTTP %1). تحقّق من المفتاح وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The server has no customer list at this address (HTTP %1). Check the base URL.</source>
        <translation>لا توجد لدى الخادم قائمة عملاء على هذا العنوان (HTTP %1). تحقّق من عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>No customer with this user ID.</source>
        <translation>لا يوجد عميل بمعرّف المستخدم هذا.</translation>
    </message>
    <message>
        <source>Too many requests: the server asked TokenDesk to slow down.</source>
        <translation>طلبات كثيرة جدًا: طلب الخادم من TokenDesk الإبطاء.</translation>
    </message>
    <message>
        <source>The BotPenguin server had a problem (HTTP %1). Try again later.</source>
        <translation>حدثت مشكلة في خادم BotPenguin (HTTP %1). أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The server did not accept this request (HTTP %1).</source>
        <translation>لم يقبل الخادم هذا الطلب (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected reply from the server (HTTP %1).</source>
        <translation>رد غير متوقع من الخادم (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>أرسل الخادم ردًا فارغًا.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of data.</source>
        <translation>أرسل الخادم صفحة ويب بدلًا من البيانات.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON.</source>
        <translation>رد الخادم ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no success flag.</source>
        <translation>لا يحتوي رد الخادم على مؤشر النجاح.</translation>
    </message>
    <message>
        <source>The server refused the request without saying why.</source>
        <translation>رفض الخادم الطلب دون ذكر السبب.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not hold a token in the expected form.</source>
        <translation>لا يحتوي رد الخادم على رمز مميز بالشكل المتوقع.</translation>
    </message>
    <message>
        <source>The server has no partner API at this address (HTTP 404): check the base URL.</source>
        <translation>لا توجد لدى الخادم واجهة API للشركاء على هذا العنوان (HTTP 404): تحقّق من عنوان URL الأساسي.</translation>
    </message>
    <message>
        <source>The server has no partner API at %1 (HTTP 404): check the base URL.</source>
        <translation>لا توجد لدى الخادم واجهة API للشركاء على %1 (HTTP 404): تحقّق من عنوان URL الأساسي.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RetryPolicy</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to wait %Ln second(s) before trying again, longer than the %1 seconds it waits. Try again later.</source>
        <translation>
            <numerusform>طلب الخادم من TokenDesk الانتظار %Ln ثانية قبل إعادة المحاولة، وهذا أطول من المدة التي ينتظرها (%1 ث). أعد المحاولة لاحقًا.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الانتظار %Ln ثانية قبل إعادة المحاولة، وهذا أطول من المدة التي ينتظرها (%1 ث). أعد المحاولة لاحقًا.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الانتظار %Ln ثانيتين قبل إعادة المحاولة، وهذا أطول من المدة التي ينتظرها (%1 ث). أعد المحاولة لاحقًا.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الانتظار %Ln ثوانٍ قبل إعادة المحاولة، وهذا أطول من المدة التي ينتظرها (%1 ث). أعد المحاولة لاحقًا.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الانتظار %Ln ثانية قبل إعادة المحاولة، وهذا أطول من المدة التي ينتظرها (%1 ث). أعد المحاولة لاحقًا.</numerusform>
            <numerusform>طلب الخادم من TokenDesk الانتظار %Ln ثانية قبل إعادة المحاولة، وهذا أطول من المدة التي ينتظرها (%1 ث). أعد المحاولة لاحقًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::Session</name>
    <message>
        <source>The work running now keeps the agency API key it started with: cancel it or let it finish, then use the new key.</source>
        <translation>يحتفظ العمل الجاري بمفتاح API للوكالة الذي بدأ به: ألغِه أو دعه ينتهي، ثم استخدم المفتاح الجديد.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>الإعداد الافتراضي للنظام</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Fetch, in the user ID or key field</source>
        <translation>الجلب، في حقل معرّف المستخدم أو المفتاح</translation>
    </message>
    <message>
        <source>Start a new line in the user ID field</source>
        <translation>بدء سطر جديد في حقل معرّف المستخدم</translation>
    </message>
    <message>
        <source>Show or hide one token</source>
        <translation>إظهار رمز مميز واحد أو إخفاؤه</translation>
    </message>
    <message>
        <source>Double-click the token</source>
        <translation>النقر المزدوج على الرمز المميز</translation>
    </message>
    <message>
        <source>Fetch the selected customers&apos; tokens</source>
        <translation>جلب الرموز المميزة للعملاء المحددين</translation>
    </message>
    <message>
        <source>%1 or double-click</source>
        <translation>%1 أو النقر المزدوج</translation>
    </message>
    <message>
        <source>Open the context menu of the tokens table</source>
        <translation>فتح قائمة السياق لجدول الرموز المميزة</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>علامة التبويب التالية أو السابقة</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>عنصر التحكم التالي أو السابق</translation>
    </message>
    <message>
        <source>Go to the menu or field of an underlined letter</source>
        <translation>الانتقال إلى القائمة أو الحقل الذي يحمل حرفًا مسطَّرًا</translation>
    </message>
    <message>
        <source>%1 and the underlined letter</source>
        <translation>%1 مع الحرف المسطَّر</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenExport</name>
    <message>
        <source>No file name was given.</source>
        <translation>لم يُحدَّد اسم ملف.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 مجلد، وليس ملفًا.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>تعذّر إنشاء %1: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2</source>
        <translation>تعذّر جعل %1 خاصًا: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenForgetter</name>
    <message>
        <source>Tokens forgotten: TokenDesk was not used for a while.</source>
        <translation>نُسيت الرموز: لم يُستخدم TokenDesk لبعض الوقت.</translation>
    </message>
    <message>
        <source>Tokens forgotten: the screen was locked.</source>
        <translation>نُسيت الرموز: قُفلت الشاشة.</translation>
    </message>
    <message>
        <source>Tokens forgotten: the computer was going to sleep.</source>
        <translation>نُسيت الرموز: كان الحاسوب على وشك السكون.</translation>
    </message>
    <message>
        <source>Fetch &amp;again</source>
        <extracomment>Fetches the tokens that were forgotten for safety (idle time, screen lock, sleep).</extracomment>
        <translation>الجلب مجددًا (&amp;A)</translation>
    </message>
    <message>
        <source>Fetch the tokens that were forgotten for safety</source>
        <translation>جلب الرموز التي نُسيت حفاظًا على الأمان</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>الجلب مجددًا</translation>
    </message>
    <message>
        <source>%1 The system did not let TokenDesk clear the clipboard: the token may still be on it. TokenDesk tries again when its window is active.</source>
        <extracomment>%1 is why the tokens were forgotten, e.g. &quot;Tokens forgotten: the screen was locked.&quot;</extracomment>
        <translation>%1 لم يسمح النظام لـ TokenDesk بمسح الحافظة: قد يكون الرمز لا يزال فيها. سيحاول TokenDesk مجددًا عندما تصبح نافذته نشطة.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenTableModel</name>
    <message>
        <source>Queued</source>
        <extracomment>A row&apos;s state: its token is waiting to be fetched.</extracomment>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>جارٍ الجلب…</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it works.</extracomment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it was switched off.</extracomment>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A row&apos;s state: fetching its token failed.</extracomment>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Column header above each row&apos;s copy button.</extracomment>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy this token to the clipboard</source>
        <translation>نسخ هذا الرمز المميز إلى الحافظة</translation>
    </message>
    <message>
        <source>Hidden token ending in %1</source>
        <translation>رمز مميز مخفي ينتهي بـ %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>معرّف المستخدم</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Column header: the customer&apos;s API token (a secret).</extracomment>
        <translation>الرمز المميز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <extracomment>Column header: the date and time the token was fetched.</extracomment>
        <translation>وقت الجلب</translation>
    </message>
    <message>
        <source>TokenDesk forgot this token for safety. Fetch again fetches it.</source>
        <translation>نسي TokenDesk هذا الرمز حفاظًا على الأمان. يجلبه «الجلب مجددًا».</translation>
    </message>
    <message>
        <source>Forgotten for safety</source>
        <extracomment>In the token column: the token was dropped from memory (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>نُسي حفاظًا على الأمان</translation>
    </message>
    <message>
        <source>TokenDesk stopped fetching this token when it forgot the tokens for safety. Fetch again fetches it.</source>
        <translation>أوقف TokenDesk جلب هذا الرمز عندما نسي الرموز حفاظًا على الأمان. «الجلب مجددًا» يجلبه.</translation>
    </message>
    <message>
        <source>Not fetched: stopped when the tokens were forgotten</source>
        <extracomment>In the token column: the token was still being fetched when the tokens were forgotten (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>لم يُجلب: توقف عند نسيان الرموز</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokensPanel</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>لا يوجد صف يطابق التصفية.</translation>
    </message>
    <message>
        <source>No tokens yet. Enter the agency API key and customer user IDs above, then press Fetch tokens (%1). You can also import a file of user IDs (%2), or pick customers on the Customer list tab.</source>
        <translation>لا توجد رموز مميزة بعد. أدخل مفتاح API للوكالة ومعرّفات مستخدمي العملاء أعلاه، ثم اضغط «جلب الرموز المميزة» (%1). ويمكنك أيضًا استيراد ملف بمعرّفات المستخدمين (%2)، أو اختيار العملاء من علامة التبويب «قائمة العملاء».</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>لا يوجد شيء لتصديره بعد.</translation>
    </message>
    <message>
        <source>Export tokens</source>
        <translation>تصدير الرموز المميزة</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %Ln row(s) with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</source>
        <translation>
            <numerusform>سيحتوي الملف على %Ln صف مع رموزها المميزة كنص صريح. يمكن لأي شخص يستطيع قراءة الملف استخدام هذه الرموز. هل تريد التصدير؟</numerusform>
            <numerusform>سيحتوي الملف على %Ln صف مع رموزها المميزة كنص صريح. يمكن لأي شخص يستطيع قراءة الملف استخدام هذه الرموز. هل تريد التصدير؟</numerusform>
            <numerusform>سيحتوي الملف على %Ln صفين مع رموزها المميزة كنص صريح. يمكن لأي شخص يستطيع قراءة الملف استخدام هذه الرموز. هل تريد التصدير؟</numerusform>
            <numerusform>سيحتوي الملف على %Ln صفوف مع رموزها المميزة كنص صريح. يمكن لأي شخص يستطيع قراءة الملف استخدام هذه الرموز. هل تريد التصدير؟</numerusform>
            <numerusform>سيحتوي الملف على %Ln صفًا مع رموزها المميزة كنص صريح. يمكن لأي شخص يستطيع قراءة الملف استخدام هذه الرموز. هل تريد التصدير؟</numerusform>
            <numerusform>سيحتوي الملف على %Ln صف مع رموزها المميزة كنص صريح. يمكن لأي شخص يستطيع قراءة الملف استخدام هذه الرموز. هل تريد التصدير؟</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>ملفات CSV (*.csv);;ملفات JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1, readable by you only.</source>
        <translation>
            <numerusform>تم تصدير %Ln صف إلى %1، ولا يمكن لأحد غيرك قراءته.</numerusform>
            <numerusform>تم تصدير %Ln صف إلى %1، ولا يمكن لأحد غيرك قراءته.</numerusform>
            <numerusform>تم تصدير %Ln صفين إلى %1، ولا يمكن لأحد غيرك قراءته.</numerusform>
            <numerusform>تم تصدير %Ln صفوف إلى %1، ولا يمكن لأحد غيرك قراءته.</numerusform>
            <numerusform>تم تصدير %Ln صفًا إلى %1، ولا يمكن لأحد غيرك قراءته.</numerusform>
            <numerusform>تم تصدير %Ln صف إلى %1، ولا يمكن لأحد غيرك قراءته.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation>استيراد معرّفات المستخدمين</translation>
    </message>
    <message>
        <source>Lists and CSV files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>القوائم وملفات CSV (*.txt *.csv *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>لا يمكن استيراد %1</translation>
    </message>
    <message>
        <source>Some lines of %1 were skipped</source>
        <translation>تم تخطّي بعض أسطر %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be used; the other IDs are being fetched.</source>
        <translation>
            <numerusform>تعذّر استخدام %Ln سطر؛ ويجري جلب المعرّفات الأخرى.</numerusform>
            <numerusform>تعذّر استخدام %Ln سطر؛ ويجري جلب المعرّفات الأخرى.</numerusform>
            <numerusform>تعذّر استخدام %Ln سطرين؛ ويجري جلب المعرّفات الأخرى.</numerusform>
            <numerusform>تعذّر استخدام %Ln أسطر؛ ويجري جلب المعرّفات الأخرى.</numerusform>
            <numerusform>تعذّر استخدام %Ln سطرًا؛ ويجري جلب المعرّفات الأخرى.</numerusform>
            <numerusform>تعذّر استخدام %Ln سطر؛ ويجري جلب المعرّفات الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row with a token to copy.</source>
        <translation>حدّد صفًا فيه رمز مميز لنسخه.</translation>
    </message>
    <message>
        <source>Copied the user ID and token for %1.</source>
        <translation>نُسخ معرّف المستخدم والرمز المميز لـ %1.</translation>
    </message>
    <message>
        <source>Copied the token for %1.</source>
        <translation>نُسخ الرمز المميز لـ %1.</translation>
    </message>
    <message>
        <source>Select a row to copy its token.</source>
        <translation>حدّد صفًا لنسخ رمزه المميز.</translation>
    </message>
    <message>
        <source>There is no token to copy for %1.</source>
        <translation>لا يوجد رمز مميز لنسخه لـ %1.</translation>
    </message>
    <message>
        <source>Cleared the table: no token is kept in memory.</source>
        <translation>مُسح الجدول: لم يعد أي رمز مميز محفوظًا في الذاكرة.</translation>
    </message>
    <message>
        <source>Nothing was exported: tokens were forgotten for safety while the export was being set up. Fetch them again, then export.</source>
        <translation>لم يُصدَّر شيء: نُسيت الرموز حفاظًا على الأمان أثناء إعداد التصدير. اجلبها مجددًا ثم صدِّرها.</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>الرموز المميزة (&amp;T)</translation>
    </message>
    <message>
        <source>Filter by user ID, customer or error</source>
        <translation>تصفية حسب معرّف المستخدم أو العميل أو الخطأ</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>تصفية الرموز المميزة</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>إظهار الحالة</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>إعادة محاولة الفاشلة (&amp;R)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>إعادة محاولة الفاشلة</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>الرموز المميزة المجلوبة</translation>
    </message>
    <message>
        <source>Tokens are masked. Enter or a double-click shows the current row&apos;s token; Ctrl+C copies it.</source>
        <translation>الرموز المميزة مخفية. يُظهر Enter أو النقر المزدوج الرمز المميز للصف الحالي؛ وينسخه Ctrl+C.</translation>
    </message>
    <message>
        <source>Why the row failed</source>
        <translation>سبب إخفاق الصف</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fetch BotPenguin customers&apos; API tokens.</source>
        <translation>جلب رموز API المميزة لعملاء BotPenguin.</translation>
    </message>
    <message>
        <source>Try TokenDesk against its built-in sandbox.</source>
        <translation>تجربة TokenDesk مع بيئة الاختبار المدمجة فيه.</translation>
    </message>
    <message>
        <source>The partner API&apos;s address (https://, or http:// for localhost). Overrides TOKENDESK_BASE_URL.</source>
        <translation>عنوان API الشركاء (https://، أو http:// لـ localhost). يتجاوز TOKENDESK_BASE_URL.</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error, with the key and tokens shown as ***.</source>
        <translation>وصف كل طلب ورد على الخطأ القياسي، مع إظهار المفتاح والرموز المميزة بالشكل ***.</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation>تعذّر على بيئة الاختبار التجريبية الاستماع على منفذ الاسترجاع المحلي.</translation>
    </message>
</context>
</TS>

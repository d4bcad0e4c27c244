<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TokenDesk</source>
        <translation>TokenDesk के बारे में</translation>
    </message>
    <message>
        <source>TokenDesk logo</source>
        <translation>TokenDesk लोगो</translation>
    </message>
    <message>
        <source>Fetches the permanent API tokens of BotPenguin customers for partner agencies.</source>
        <translation>पार्टनर एजेंसियों के लिए BotPenguin ग्राहकों के स्थायी API टोकन प्राप्त करता है।</translation>
    </message>
</context>
<context>
    <name>CustomerBrowser</name>
    <message>
        <source>Loa&amp;d customers</source>
        <translation>ग्राहक लोड करें (&amp;D)</translation>
    </message>
    <message>
        <source>Load customers</source>
        <translation>ग्राहक लोड करें</translation>
    </message>
    <message>
        <source>Load the agency&apos;s customers from BotPenguin, page after page</source>
        <translation>BotPenguin से एजेंसी के ग्राहक एक-एक पेज करके लोड करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel loading customers</source>
        <translation>ग्राहकों को लोड करना रद्द करें</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, status or user ID</source>
        <translation>नाम, ईमेल, स्थिति या यूज़र ID से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>ग्राहक फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Load the customer list to pick customers without knowing their IDs.</source>
        <translation>ग्राहकों की ID जाने बिना उन्हें चुनने के लिए ग्राहक सूची लोड करें।</translation>
    </message>
    <message>
        <source>Fetch &amp;tokens for selected</source>
        <translation>चयनित के टोकन प्राप्त करें (&amp;T)</translation>
    </message>
    <message>
        <source>Fetch tokens for selected</source>
        <translation>चयनित के टोकन प्राप्त करें</translation>
    </message>
    <message>
        <source>Fetch a&amp;ll</source>
        <translation>सभी प्राप्त करें (&amp;L)</translation>
    </message>
    <message>
        <source>Fetch all</source>
        <translation>सभी प्राप्त करें</translation>
    </message>
    <message>
        <source>Fetch the token of every customer shown (the filter applies)</source>
        <translation>दिखाए गए हर ग्राहक का टोकन प्राप्त करें (फ़िल्टर लागू होता है)</translation>
    </message>
    <message>
        <source>Select customers and press Enter to fetch their tokens.</source>
        <translation>ग्राहक चुनें और उनके टोकन प्राप्त करने के लिए Enter दबाएँ।</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>प्रोफ़ाइल (&amp;I):</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>एजेंसी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>A name, an API address and a key kept in the system keychain. Type a new name and press Save profile.</source>
        <translation>एक नाम, एक API पता और सिस्टम कीचेन में रखी एक कुंजी। नया नाम लिखें और “प्रोफ़ाइल सहेजें” दबाएँ।</translation>
    </message>
    <message>
        <source>Re&amp;member key</source>
        <translation>कुंजी याद रखें (&amp;M)</translation>
    </message>
    <message>
        <source>Remember key in the system keychain</source>
        <translation>कुंजी सिस्टम कीचेन में याद रखें</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the operating system&apos;s keychain, never in a file</source>
        <translation>इस प्रोफ़ाइल की कुंजी ऑपरेटिंग सिस्टम के कीचेन में रखें, कभी किसी फ़ाइल में नहीं</translation>
    </message>
    <message>
        <source>S&amp;ave profile</source>
        <translation>प्रोफ़ाइल सहेजें (&amp;A)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>प्रोफ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>प्रोफ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>Agency API &amp;key:</source>
        <translation>एजेंसी API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>The agency&apos;s API key from the BotPenguin dashboard</source>
        <translation>BotPenguin डैशबोर्ड से मिली एजेंसी की API कुंजी</translation>
    </message>
    <message>
        <source>Agency API key</source>
        <translation>एजेंसी API कुंजी</translation>
    </message>
    <message>
        <source>Masked. Kept in memory only.</source>
        <translation>छिपी हुई। केवल मेमोरी में रखी जाती है।</translation>
    </message>
    <message>
        <source>End of the hidden key</source>
        <translation>छिपी कुंजी का अंतिम भाग</translation>
    </message>
    <message>
        <source>L&amp;ook up:</source>
        <translation>खोजें (&amp;O):</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Customers by user ID</source>
        <translation>यूज़र ID से ग्राहक</translation>
    </message>
    <message>
        <source>Team members by e-mail</source>
        <translation>ईमेल से टीम सदस्य</translation>
    </message>
    <message>
        <source>Team member type</source>
        <translation>टीम सदस्य का प्रकार</translation>
    </message>
    <message>
        <source>AGENT: a team user with the default agent role. CUSTOM_USER: a team member with a custom role. CUSTOMER: the customer&apos;s main user.</source>
        <translation>AGENT: डिफ़ॉल्ट एजेंट भूमिका वाला टीम यूज़र। CUSTOM_USER: कस्टम भूमिका वाला टीम सदस्य। CUSTOMER: ग्राहक का मुख्य यूज़र।</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>ग्राहक यूज़र ID (&amp;U):</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>एक यूज़र ID, या अल्पविराम, स्पेस या नई पंक्तियों से अलग की गई कई ID। Enter दबाने पर टोकन प्राप्त होते हैं; Shift+Enter से नई पंक्ति शुरू होती है।</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>ग्राहक यूज़र ID</translation>
    </message>
    <message>
        <source>Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Enter दबाने पर टोकन प्राप्त होते हैं; Shift+Enter से नई पंक्ति शुरू होती है।</translation>
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
        <translation>डेमो मोड: TokenDesk, BotPenguin से नहीं, बल्कि अपने अंतर्निहित सैंडबॉक्स से बात कर रहा है। कुंजी और टोकन काल्पनिक हैं।</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>डेमो मोड सूचना</translation>
    </message>
    <message>
        <source>&amp;Show tokens</source>
        <translation>टोकन दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>टोकन दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>समानांतर अनुरोध (&amp;P):</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>समानांतर अनुरोध</translation>
    </message>
    <message>
        <source>How many requests are in flight at once (1 to 64)</source>
        <translation>एक साथ कितने अनुरोध चल सकते हैं (1 से 64)</translation>
    </message>
    <message>
        <source>&amp;Fetch tokens</source>
        <translation>टोकन प्राप्त करें (&amp;F)</translation>
    </message>
    <message>
        <source>Fet&amp;ch tokens</source>
        <translation>टोकन प्राप्त करें (&amp;C)</translation>
    </message>
    <message>
        <source>Fetch tokens</source>
        <translation>टोकन प्राप्त करें</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import user IDs…</source>
        <translation>यूज़र ID आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Fetch the user IDs in a text file or a CSV file</source>
        <translation>किसी टेक्स्ट फ़ाइल या CSV फ़ाइल में दी गई यूज़र ID के टोकन प्राप्त करें</translation>
    </message>
    <message>
        <source>&amp;Export tokens…</source>
        <translation>टोकन निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Save the selected rows, or all rows, to a CSV or JSON file readable by you only</source>
        <translation>चयनित पंक्तियाँ, या सभी पंक्तियाँ, ऐसी CSV या JSON फ़ाइल में सहेजें जिसे केवल आप पढ़ सकें</translation>
    </message>
    <message>
        <source>Copy user &amp;ID and token</source>
        <translation>यूज़र ID और टोकन कॉपी करें (&amp;I)</translation>
    </message>
    <message>
        <source>Copy &quot;userId,token&quot; of the selected row, for pasting into forms</source>
        <translation>फ़ॉर्म में चिपकाने के लिए चयनित पंक्ति का &quot;userId,token&quot; कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>टोकन कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s token to the clipboard</source>
        <translation>चयनित पंक्ति का टोकन क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>C&amp;lear table</source>
        <translation>तालिका साफ़ करें (&amp;L)</translation>
    </message>
    <message>
        <source>Forget every fetched token</source>
        <translation>प्राप्त किए गए सभी टोकन भूल जाएँ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>TokenDesk के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>Fetch the tokens of the user IDs or e-mails entered above</source>
        <translation>ऊपर दर्ज की गई यूज़र ID या ईमेल के टोकन प्राप्त करें</translation>
    </message>
    <message>
        <source>Show every token in full, or mask them again</source>
        <translation>हर टोकन पूरा दिखाएँ, या उन्हें फिर से छिपाएँ</translation>
    </message>
    <message>
        <source>Show or &amp;hide the selected token</source>
        <translation>चयनित टोकन दिखाएँ या छिपाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>Show the selected row&apos;s token in full, or mask it again</source>
        <translation>चयनित पंक्ति का टोकन पूरा दिखाएँ, या उसे फिर से छिपाएँ</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>फ़िल्टर (&amp;F)</translation>
    </message>
    <message>
        <source>Go to the filter box of the tab shown</source>
        <translation>दिखाए गए टैब के फ़िल्टर बॉक्स पर जाएँ</translation>
    </message>
    <message>
        <source>Fetched &amp;tokens</source>
        <translation>प्राप्त टोकन (&amp;T)</translation>
    </message>
    <message>
        <source>Show the tab of fetched tokens</source>
        <translation>प्राप्त टोकन का टैब दिखाएँ</translation>
    </message>
    <message>
        <source>Customer &amp;list</source>
        <translation>ग्राहक सूची (&amp;L)</translation>
    </message>
    <message>
        <source>Show the tab of the agency&apos;s customers</source>
        <translation>एजेंसी के ग्राहकों का टैब दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>फ़ाइल फ़ोल्डर</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>इसमें देखें:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>फ़ाइल नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>फ़ाइल का प्रकार:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>इस रूप में सहेजें</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>पीछे</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>आगे</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>मूल फ़ोल्डर</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>सूची दृश्य</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>विवरण दृश्य</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>पीछे जाएँ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>आगे जाएँ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>मूल फ़ोल्डर पर जाएँ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>एक नया फ़ोल्डर बनाएँ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>सूची दृश्य पर जाएँ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>विवरण दृश्य पर जाएँ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>साइडबार</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>स्थानों और बुकमार्क की सूची</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>फ़ाइलें</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>छिपी फ़ाइलें दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>नया फ़ोल्डर (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>नया फ़ोल्डर</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>हाल के स्थान</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 पहले से मौजूद है।
क्या आप इसे बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>क्या आप वाकई “%1” को हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” लेखन-सुरक्षित है।
क्या आप फिर भी इसे हटाना चाहते हैं?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>फ़ोल्डर हटाया नहीं जा सका।</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
फ़ाइल नहीं मिली।
कृपया जाँचें कि सही फ़ाइल नाम दिया गया है।</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
फ़ोल्डर नहीं मिला।
कृपया जाँचें कि सही फ़ोल्डर नाम दिया गया है।</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>फ़ोल्डर:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>फ़ाइल फ़ोल्डर</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 फ़ाइल</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ड्राइव</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>निकालें</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>फ़ोल्डर खोजें</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>चुनें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>संशोधन की तारीख</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 बाइट</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>मेरा कंप्यूटर</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>अमान्य फ़ाइल नाम</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>डिफ़ॉल्ट पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenDesk Settings</source>
        <translation>TokenDesk सेटिंग्स</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>एजेंसी प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>प्रोफ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>Open another saved profile: its API address and, when remembered, its key. Profiles are saved and deleted in the main window.</source>
        <translation>कोई दूसरी सहेजी गई प्रोफ़ाइल खोलें: उसका API पता और, यदि याद रखी गई हो, तो उसकी कुंजी। प्रोफ़ाइल मुख्य विंडो में सहेजी और हटाई जाती हैं।</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>API पता (&amp;A):</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API पता</translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (localhost)</source>
        <translation>केवल https://; http:// की अनुमति सिर्फ़ इसी कंप्यूटर (localhost) के लिए है</translation>
    </message>
    <message>
        <source>Request &amp;time-out:</source>
        <translation>अनुरोध टाइम-आउट (&amp;T):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>Request time-out in seconds</source>
        <translation>अनुरोध टाइम-आउट, सेकंड में</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>समानांतर अनुरोध (&amp;P):</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>समानांतर अनुरोध</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>पुनः प्रयास (&amp;R):</translation>
    </message>
    <message>
        <source>Retries of a failure that may pass</source>
        <translation>अस्थायी विफलता पर पुनः प्रयासों की संख्या</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>गोपनीय जानकारी</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after:</source>
        <translation>इतने समय बाद क्लिपबोर्ड साफ़ करें (&amp;C):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds; 0 never</source>
        <translation>कितने सेकंड बाद क्लिपबोर्ड साफ़ हो; 0 = कभी नहीं</translation>
    </message>
    <message>
        <source>&amp;Hide revealed tokens after:</source>
        <translation>इतने समय बाद दिखाए गए टोकन छिपाएँ (&amp;H):</translation>
    </message>
    <message>
        <source>Hide revealed tokens after, in seconds; 0 never</source>
        <translation>कितने सेकंड बाद दिखाए गए टोकन छिप जाएँ; 0 = कभी नहीं</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>The language of TokenDesk&apos;s windows. It changes at once, without a restart.</source>
        <translation>TokenDesk की विंडो की भाषा। यह बिना रीस्टार्ट किए तुरंत बदल जाती है।</translation>
    </message>
    <message>
        <source>Forget tok&amp;ens after:</source>
        <translation>इतने समय बाद टोकन भूलें (&amp;E):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Forget tokens after</source>
        <translation>इतने समय बाद टोकन भूलें</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input in TokenDesk before the fetched tokens are forgotten; 0 never.</source>
        <translation>TokenDesk में कीबोर्ड या माउस के उपयोग के बिना कितने मिनट बाद प्राप्त टोकन भुला दिए जाएँ; 0 हो तो कभी नहीं।</translation>
    </message>
    <message>
        <source>Forget tokens when the screen locks or the computer &amp;sleeps</source>
        <translation>स्क्रीन लॉक होने या कंप्यूटर के स्लीप में जाने पर टोकन भूलें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>&amp;Shortcuts of the TokenDesk window:</source>
        <translation>TokenDesk विंडो के शॉर्टकट (&amp;S):</translation>
    </message>
    <message>
        <source>Each row names what a key does and the key that does it.</source>
        <translation>हर पंक्ति में एक काम और उसे करने वाली कीबोर्ड कुंजी दी गई है।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AboutDialog</name>
    <message>
        <source>part of the operating system</source>
        <translation>ऑपरेटिंग सिस्टम का हिस्सा</translation>
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
        <translation>उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>TokenDesk %1</source>
        <translation>TokenDesk %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The TokenDesk authors&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;TokenDesk मुक्त सॉफ़्टवेयर है: आप &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt; के संस्करण 3 या किसी भी बाद के संस्करण की शर्तों के तहत इसे पुनर्वितरित और संशोधित कर सकते हैं। इसके साथ किसी भी प्रकार की कोई वारंटी नहीं दी जाती।&lt;/p&gt;&lt;p&gt;कॉपीराइट © 2026 TokenDesk के लेखक&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk uses these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;TokenDesk इन लाइब्रेरी का उपयोग करता है:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>लाइसेंस</translation>
    </message>
    <message>
        <source>Qt %1, QtKeychain %2, %3 %4</source>
        <translation>Qt %1, QtKeychain %2, %3 %4</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AgencyKeyField</name>
    <message>
        <source>Hide key</source>
        <translation>कुंजी छिपाएँ</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>कुंजी दिखाएँ</translation>
    </message>
    <message>
        <source>Show or hide the agency API key</source>
        <translation>एजेंसी API कुंजी दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>%1 पर समाप्त</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BatchProgress</name>
    <message>
        <source>%1 of %2, %3 failed</source>
        <translation>%2 में से %1, %3 विफल</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>प्राप्ति की प्रगति</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message numerus="yes">
        <source>The server asked TokenDesk to slow down: waiting %Ln second(s).</source>
        <translation>
            <numerusform>सर्वर ने TokenDesk से गति धीमी करने को कहा: %Ln सेकंड प्रतीक्षा की जा रही है।</numerusform>
            <numerusform>सर्वर ने TokenDesk से गति धीमी करने को कहा: %Ln सेकंड प्रतीक्षा की जा रही है।</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency API key was rejected, so the batch stopped. Check the key and fetch again.</source>
        <translation>एजेंसी API कुंजी अस्वीकार कर दी गई, इसलिए बैच रोक दिया गया। कुंजी जाँचें और फिर से प्राप्त करें।</translation>
    </message>
    <message>
        <source>Cancelled: %1 active, %2 inactive, %3 failed, %4 not fetched.</source>
        <translation>रद्द: %1 सक्रिय, %2 निष्क्रिय, %3 विफल, %4 प्राप्त नहीं किए गए।</translation>
    </message>
    <message>
        <source>Done: %1 active, %2 inactive, %3 failed.</source>
        <translation>पूरा हुआ: %1 सक्रिय, %2 निष्क्रिय, %3 विफल।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli</name>
    <message>
        <source>Fetches BotPenguin customers&apos; permanent API tokens with a partner agency key.

The agency key is never taken from an argument: give it with --key-stdin (the first line of standard input), the TOKENDESK_API_KEY environment variable, or --profile NAME, a profile saved in the window with its key in the system&apos;s keychain. TOKENDESK_BASE_URL sets the API&apos;s address (--base-url wins; both win over the profile&apos;s).

Exit status: 0 every token fetched, 1 at least one failed or was skipped, 2 usage or input error (nothing was sent), 3 the agency key was rejected, 4 the output could not be written, 130 or 143 after Ctrl+C or SIGTERM (the rows that finished are written), 141 when the reader of the output went away.</source>
        <translation>पार्टनर एजेंसी कुंजी से BotPenguin ग्राहकों के स्थायी API टोकन प्राप्त करता है।

एजेंसी कुंजी कभी भी आर्ग्युमेंट से नहीं ली जाती: इसे --key-stdin (स्टैंडर्ड इनपुट की पहली पंक्ति), TOKENDESK_API_KEY एनवायरनमेंट वेरिएबल, या --profile नाम से दें, जो विंडो में सहेजी गई ऐसी प्रोफ़ाइल है जिसकी कुंजी सिस्टम कीचेन में है। TOKENDESK_BASE_URL API का पता तय करता है (--base-url को प्राथमिकता मिलती है; दोनों को प्रोफ़ाइल के पते पर प्राथमिकता मिलती है)।

निकास स्थिति: 0 हर टोकन मिला, 1 कम से कम एक विफल हुआ या छोड़ा गया, 2 उपयोग या इनपुट त्रुटि (कुछ नहीं भेजा गया), 3 एजेंसी कुंजी अस्वीकार की गई, 4 आउटपुट नहीं लिखा जा सका, 130 या 143 Ctrl+C या SIGTERM के बाद (पूरी हुई पंक्तियाँ लिखी जाती हैं), 141 जब आउटपुट का पाठक चला गया।</translation>
    </message>
    <message>
        <source>--email and --type go together: give both for a team member.</source>
        <translation>--email और --type साथ-साथ दिए जाते हैं: टीम सदस्य के लिए दोनों दें।</translation>
    </message>
    <message>
        <source>Give --email and --type once; for more team members use -i FILE with a CSV with email and type columns.</source>
        <translation>--email और --type एक ही बार दें; अधिक टीम सदस्यों के लिए -i फ़ाइल के साथ email और type कॉलम वाली CSV का उपयोग करें।</translation>
    </message>
    <message>
        <source>Unknown --type “%1”: use AGENT, CUSTOM_USER or CUSTOMER.</source>
        <translation>अज्ञात --type “%1”: AGENT, CUSTOM_USER या CUSTOMER का उपयोग करें।</translation>
    </message>
    <message>
        <source>Give --customers (the list) or --all (every customer&apos;s token), not both.</source>
        <translation>--customers (सूची) या --all (हर ग्राहक का टोकन) में से एक दें, दोनों नहीं।</translation>
    </message>
    <message>
        <source>--customers and --all take every customer from the list; leave out user IDs, -i and --email.</source>
        <translation>--customers और --all सूची से हर ग्राहक लेते हैं; यूज़र ID, -i और --email न दें।</translation>
    </message>
    <message>
        <source>Try &apos;tokendesk-cli --help&apos;.</source>
        <translation>&apos;tokendesk-cli --help&apos; आज़माएँ।</translation>
    </message>
    <message>
        <source>User IDs, one per line (# comments and blank lines are skipped), or a CSV with a userId or _id column, or a CSV with email and type columns for team members; &quot;-&quot; reads standard input. Each ID once.</source>
        <translation>यूज़र ID, प्रति पंक्ति एक (# टिप्पणियाँ और खाली पंक्तियाँ छोड़ दी जाती हैं), या userId या _id कॉलम वाली CSV, या टीम सदस्यों के लिए email और type कॉलम वाली CSV; &quot;-&quot; स्टैंडर्ड इनपुट पढ़ता है। हर ID एक बार।</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>A team member&apos;s e-mail address, to fetch their token; needs --type.</source>
        <translation>टीम सदस्य का ईमेल पता, उसका टोकन प्राप्त करने के लिए; --type आवश्यक है।</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>The team member&apos;s type: AGENT, CUSTOM_USER or CUSTOMER (any case).</source>
        <translation>टीम सदस्य का प्रकार: AGENT, CUSTOM_USER या CUSTOMER (छोटे या बड़े अक्षरों में)।</translation>
    </message>
    <message>
        <source>T</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>jsonl, json, csv or table (default: table on a terminal, jsonl otherwise).</source>
        <translation>jsonl, json, csv या table (डिफ़ॉल्ट: टर्मिनल पर table, अन्यथा jsonl)।</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>फ़ॉर्मेट</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1..64 (default 6).</source>
        <translation>एक साथ चलने वाले अनुरोध, 1..64 (डिफ़ॉल्ट 6)।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Time allowed for one request (default 30).</source>
        <translation>एक अनुरोध के लिए अनुमत समय (डिफ़ॉल्ट 30)।</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>Extra tries of a transient failure, 0..10 (default 2).</source>
        <translation>अस्थायी विफलता पर अतिरिक्त प्रयास, 0..10 (डिफ़ॉल्ट 2)।</translation>
    </message>
    <message>
        <source>The API&apos;s address (default https://api.v7.botpenguin.com).</source>
        <translation>API का पता (डिफ़ॉल्ट https://api.v7.botpenguin.com)।</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the agency key from the first line of standard input.</source>
        <translation>एजेंसी कुंजी स्टैंडर्ड इनपुट की पहली पंक्ति से पढ़ें।</translation>
    </message>
    <message>
        <source>Use a built-in sandbox of the API with a demo key.</source>
        <translation>डेमो कुंजी के साथ API के अंतर्निहित सैंडबॉक्स का उपयोग करें।</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error (the key and tokens are shown as ***).</source>
        <translation>हर अनुरोध और जवाब का विवरण स्टैंडर्ड एरर पर दें (कुंजी और टोकन *** के रूप में दिखाए जाते हैं)।</translation>
    </message>
    <message>
        <source>List the agency&apos;s customers (every page) instead of fetching tokens.</source>
        <translation>टोकन प्राप्त करने के बजाय एजेंसी के ग्राहकों की सूची दिखाएँ (हर पेज)।</translation>
    </message>
    <message>
        <source>Fetch the token of every customer that the list gives.</source>
        <translation>सूची में मिले हर ग्राहक का टोकन प्राप्त करें।</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a corporate TLS proxy&apos;s, or a test server&apos;s).</source>
        <translation>इस PEM फ़ाइल के CA प्रमाणपत्रों पर भी भरोसा करें (किसी कॉर्पोरेट TLS प्रॉक्सी या टेस्ट सर्वर के)।</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Use a profile saved in the TokenDesk window: its base URL, and its key from the system&apos;s keychain.</source>
        <translation>TokenDesk विंडो में सहेजी गई प्रोफ़ाइल का उपयोग करें: उसका बेस URL, और सिस्टम कीचेन से उसकी कुंजी।</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Customer user IDs.</source>
        <translation>ग्राहक यूज़र ID।</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use jsonl, json, csv or table.</source>
        <translation>अज्ञात फ़ॉर्मेट “%1”: jsonl, json, csv या table का उपयोग करें।</translation>
    </message>
    <message>
        <source>The concurrency (-j) must be a whole number from 1 to 64, not “%1”.</source>
        <translation>समानांतर अनुरोधों की संख्या (-j) 1 से 64 तक की पूर्ण संख्या होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>--retries must be a whole number from 0 to 10, not “%1”.</source>
        <translation>--retries 0 से 10 तक की पूर्ण संख्या होनी चाहिए, “%1” नहीं।</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --base-url.</source>
        <translation>--demo अपना सैंडबॉक्स चलाता है; --base-url न दें।</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --profile.</source>
        <translation>--demo अपना सैंडबॉक्स चलाता है; --profile न दें।</translation>
    </message>
    <message>
        <source>Standard input (-i -) can be read only once.</source>
        <translation>स्टैंडर्ड इनपुट (-i -) केवल एक बार पढ़ा जा सकता है।</translation>
    </message>
    <message>
        <source>No user IDs given: name them as arguments or in a file with -i FILE.</source>
        <translation>कोई यूज़र ID नहीं दी गई: उन्हें आर्ग्युमेंट के रूप में दें, या -i फ़ाइल से किसी फ़ाइल में।</translation>
    </message>
    <message>
        <source>No user IDs given. The demo sandbox knows these, for example:
  tokendesk-cli --demo %1
and this team member:
  tokendesk-cli --demo --email %2 --type AGENT</source>
        <translation>कोई यूज़र ID नहीं दी गई। डेमो सैंडबॉक्स इन्हें पहचानता है, उदाहरण के लिए:
  tokendesk-cli --demo %1
और इस टीम सदस्य को:
  tokendesk-cli --demo --email %2 --type AGENT</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on this computer.</source>
        <translation>डेमो सैंडबॉक्स इस कंप्यूटर पर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>Demo mode: a built-in sandbox with made-up customers answers at %1.</source>
        <translation>डेमो मोड: काल्पनिक ग्राहकों वाला अंतर्निहित सैंडबॉक्स %1 पर जवाब देता है।</translation>
    </message>
    <message>
        <source>The agency API key was rejected%1, so the run stopped and no more requests were sent. Check the key and try again.</source>
        <translation>एजेंसी API कुंजी अस्वीकार कर दी गई%1, इसलिए प्रक्रिया रोक दी गई और आगे कोई अनुरोध नहीं भेजा गया। कुंजी जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>No result was reported for this user ID.</source>
        <translation>इस यूज़र ID के लिए कोई परिणाम नहीं मिला।</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed</source>
        <translation>%1/%2 पूरे, %3 विफल</translation>
    </message>
    <message>
        <source>Listing customers: %1 so far, %2 pages</source>
        <translation>ग्राहकों की सूची बन रही है: अब तक %1, %2 पेज</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 ग्राहक</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>यूज़र ID</translation>
    </message>
    <message>
        <source>Cannot send the user ID “%1”: %2</source>
        <translation>यूज़र ID “%1” नहीं भेजी जा सकती: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>स्टैंडर्ड इनपुट</translation>
    </message>
    <message>
        <source>Agency API key: </source>
        <translation>एजेंसी API कुंजी: </translation>
    </message>
    <message>
        <source>--key-stdin was given, but standard input was empty.</source>
        <translation>--key-stdin दिया गया, लेकिन स्टैंडर्ड इनपुट खाली था।</translation>
    </message>
    <message>
        <source>No agency API key: give it on the first line of standard input with --key-stdin, in the environment variable TOKENDESK_API_KEY, or with --profile NAME from the keychain. To try TokenDesk without a key, use --demo.</source>
        <translation>कोई एजेंसी API कुंजी नहीं: इसे --key-stdin के साथ स्टैंडर्ड इनपुट की पहली पंक्ति में, TOKENDESK_API_KEY एनवायरनमेंट वेरिएबल में, या कीचेन से --profile नाम के साथ दें। बिना कुंजी के TokenDesk आज़माने के लिए --demo का उपयोग करें।</translation>
    </message>
    <message>
        <source>Give the key with --key-stdin or TOKENDESK_API_KEY instead.</source>
        <translation>इसके बजाय कुंजी --key-stdin या TOKENDESK_API_KEY से दें।</translation>
    </message>
    <message>
        <source>No profiles are saved yet; save one in the TokenDesk window.</source>
        <translation>अभी तक कोई प्रोफ़ाइल सहेजी नहीं गई है; TokenDesk विंडो में एक प्रोफ़ाइल सहेजें।</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>सहेजी गई प्रोफ़ाइल: %1।</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>“%1” नाम की कोई प्रोफ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The profile “%1” does not keep its key in the keychain.</source>
        <translation>प्रोफ़ाइल “%1” अपनी कुंजी कीचेन में नहीं रखती।</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>विफल: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>मि.से.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most %L1 (a day), not “%2”.</source>
        <translation>--timeout 0 से अधिक और अधिकतम %L1 (एक दिन) सेकंड की संख्या होनी चाहिए, “%2” नहीं।</translation>
    </message>
    <message>
        <source>Note: the agency API key began with “Bearer ”; TokenDesk adds that itself, so it was left out.</source>
        <translation>नोट: एजेंसी API कुंजी “Bearer ” से शुरू होती थी; TokenDesk इसे स्वयं जोड़ता है, इसलिए इसे हटा दिया गया।</translation>
    </message>
    <message>
        <source>Ctrl+C (SIGINT)</source>
        <translation>Ctrl+C (SIGINT)</translation>
    </message>
    <message>
        <source>The output could not be written (%1), so the run stopped: nothing more is sent.</source>
        <translation>आउटपुट नहीं लिखा जा सका (%1), इसलिए रन रुक गया: अब कुछ और नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers; no token was requested.</source>
        <translation>%1 द्वारा बाधित: ग्राहक सूची %2 ग्राहकों के बाद रुक गई; कोई टोकन नहीं माँगा गया।</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers, and those are written out.</source>
        <translation>%1 द्वारा बाधित: ग्राहक सूची %2 ग्राहकों के बाद रुक गई, और वे आउटपुट में लिखे गए हैं।</translation>
    </message>
    <message>
        <source>Interrupted by %1: %2 of %3 finished and written out, %4 of them with a token.</source>
        <translation>%1 द्वारा बाधित: %3 में से %2 पूरे हुए और आउटपुट में लिखे गए, उनमें से %4 के पास टोकन है।</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… और %1 अन्य</translation>
    </message>
    <message>
        <source>Not sent or stopped in flight (%1): %2</source>
        <translation>नहीं भेजे गए या बीच में रोके गए (%1): %2</translation>
    </message>
    <message>
        <source>The output could not be written (%1).</source>
        <translation>आउटपुट नहीं लिखा जा सका (%1)।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerBrowser</name>
    <message numerus="yes">
        <source>Loading… page %1, %Ln customer(s) so far</source>
        <translation>
            <numerusform>लोड हो रहा है… पेज %1, अब तक %Ln ग्राहक</numerusform>
            <numerusform>लोड हो रहा है… पेज %1, अब तक %Ln ग्राहक</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the customer list…</source>
        <translation>ग्राहक सूची लोड हो रही है…</translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation>कोई भी ग्राहक फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No customers loaded yet. Press Load customers to list the agency&apos;s customers, then fetch the tokens of the ones you pick.</source>
        <translation>अभी तक कोई ग्राहक लोड नहीं हुआ है। एजेंसी के ग्राहकों की सूची पाने के लिए “ग्राहक लोड करें” दबाएँ, फिर अपने चुने हुए ग्राहकों के टोकन प्राप्त करें।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerLister</name>
    <message>
        <source>Customers listed: %L1.</source>
        <translation>सूचीबद्ध ग्राहक: %L1।</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list ended at page %L2, where the server stopped sending new customers.</source>
        <translation>सूचीबद्ध ग्राहक: %L1। सूची पेज %L2 पर समाप्त हुई, जहाँ सर्वर ने नए ग्राहक भेजना बंद कर दिया।</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list may be incomplete: it stopped after %L2 pages, the most TokenDesk reads.</source>
        <translation>सूचीबद्ध ग्राहक: %L1। सूची अधूरी हो सकती है: यह %L2 पेज के बाद रुक गई, जो TokenDesk द्वारा पढ़े जाने वाले पेजों की अधिकतम संख्या है।</translation>
    </message>
    <message>
        <source>Listing the customers was cancelled; customers listed so far: %L1.</source>
        <translation>ग्राहकों की सूची बनाना रद्द कर दिया गया; अब तक सूचीबद्ध ग्राहक: %L1।</translation>
    </message>
    <message>
        <source>The customer list could not be read (page %L1): %2</source>
        <translation>ग्राहक सूची पढ़ी नहीं जा सकी (पेज %L1): %2</translation>
    </message>
    <message>
        <source>Entries without an ID, left out: %L1.</source>
        <translation>बिना ID वाली प्रविष्टियाँ, जो छोड़ दी गईं: %L1।</translation>
    </message>
    <message>
        <source>Listing the customers stopped because the agency API key was rejected; customers listed so far: %L1.</source>
        <translation>एजेंसी API कुंजी अस्वीकार होने के कारण ग्राहकों की सूची बनाना रुक गया; अब तक सूचीबद्ध ग्राहक: %L1।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerParser</name>
    <message>
        <source>The server&apos;s reply does not hold a customer list in the expected form.</source>
        <translation>सर्वर के जवाब में अपेक्षित रूप में ग्राहक सूची नहीं है।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>प्लान</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>अंतिम लॉगिन</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>यूज़र ID</translation>
    </message>
</context>
<context>
    <name>TokenDesk::FailureDetails</name>
    <message>
        <source>Copy failure reasons</source>
        <translation>विफलता के कारण कॉपी करें</translation>
    </message>
    <message>
        <source>Why %1 failed: %2</source>
        <translation>%1 क्यों विफल हुआ: %2</translation>
    </message>
    <message>
        <source>No row failed.</source>
        <translation>कोई पंक्ति विफल नहीं हुई।</translation>
    </message>
    <message numerus="yes">
        <source>Copied why %Ln row(s) failed.</source>
        <translation>
            <numerusform>%Ln पंक्ति के विफल होने का कारण कॉपी किया गया।</numerusform>
            <numerusform>%Ln पंक्तियों के विफल होने के कारण कॉपी किए गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchQueue</name>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>पूरा होने से पहले रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Not sent: the agency API key was rejected.</source>
        <translation>नहीं भेजा गया: एजेंसी API कुंजी अस्वीकार कर दी गई।</translation>
    </message>
    <message>
        <source>Not fetched: the server has no partner API at this address (HTTP 404 for another user ID): check the base URL.</source>
        <translation>प्राप्त नहीं हुआ: इस पते पर सर्वर के पास कोई पार्टनर API नहीं है (किसी अन्य यूज़र ID के लिए HTTP 404): बेस URL जाँचें।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::IdFileReader</name>
    <message>
        <source>Line %1: %2 Skipped.</source>
        <translation>पंक्ति %1: %2 छोड़ दी गई।</translation>
    </message>
    <message>
        <source>Line %1 has no email; skipped.</source>
        <translation>पंक्ति %1 में ईमेल नहीं है; छोड़ दी गई।</translation>
    </message>
    <message>
        <source>Line %1 has no type; skipped.</source>
        <translation>पंक्ति %1 में प्रकार नहीं है; छोड़ दी गई।</translation>
    </message>
    <message>
        <source>Line %1 has the type “%2”, not AGENT, CUSTOM_USER or CUSTOMER; skipped.</source>
        <translation>पंक्ति %1 का प्रकार “%2” है, AGENT, CUSTOM_USER या CUSTOMER नहीं; छोड़ दी गई।</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… और %1 अन्य।</translation>
    </message>
    <message>
        <source>The file holds no team members.</source>
        <translation>फ़ाइल में कोई टीम सदस्य नहीं है।</translation>
    </message>
    <message>
        <source>The file holds no user IDs.</source>
        <translation>फ़ाइल में कोई यूज़र ID नहीं है।</translation>
    </message>
    <message>
        <source>Line %1 has fewer columns than the header; skipped.</source>
        <translation>पंक्ति %1 में हेडर से कम कॉलम हैं; छोड़ दी गई।</translation>
    </message>
    <message>
        <source>Line %1 has no %2; skipped.</source>
        <translation>पंक्ति %1 में %2 नहीं है; छोड़ दी गई।</translation>
    </message>
    <message>
        <source>This is UTF-16 text; save the file as UTF-8.</source>
        <translation>यह UTF-16 टेक्स्ट है; फ़ाइल को UTF-8 में सहेजें।</translation>
    </message>
    <message>
        <source>This is not a text file: it holds NUL bytes.</source>
        <translation>यह टेक्स्ट फ़ाइल नहीं है: इसमें NUL बाइट हैं।</translation>
    </message>
    <message>
        <source>This is not a text file in UTF-8. If a spreadsheet wrote it, save it as “CSV UTF-8”.</source>
        <translation>यह UTF-8 टेक्स्ट फ़ाइल नहीं है। अगर इसे किसी स्प्रेडशीट ने बनाया है, तो इसे “CSV UTF-8” के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB, too large for a list of user IDs.</source>
        <translation>फ़ाइल 64 MiB से बड़ी है, जो यूज़र ID की सूची के लिए बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>Line %1 looks like a CSV header, but it has no userId or _id column, nor email and type columns.</source>
        <translation>पंक्ति %1 CSV हेडर जैसी दिखती है, लेकिन इसमें न userId या _id कॉलम है, न ही email और type कॉलम।</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>पंक्ति %1 में एक उद्धरण चिह्न है जो कभी बंद नहीं होता।</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>यह फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>This looks like UTF-16 text without a byte order mark; save the file as UTF-8.</source>
        <translation>यह बाइट ऑर्डर मार्क के बिना UTF-16 टेक्स्ट लगता है; फ़ाइल को UTF-8 में सहेजें।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPanel</name>
    <message>
        <source>Enter at least one team member&apos;s e-mail.</source>
        <translation>कम से कम एक टीम सदस्य का ईमेल दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter at least one customer user ID.</source>
        <translation>कम से कम एक ग्राहक यूज़र ID दर्ज करें।</translation>
    </message>
    <message>
        <source>Team mem&amp;ber e-mails:</source>
        <translation>टीम सदस्य ईमेल (&amp;B):</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>ग्राहक यूज़र ID (&amp;U):</translation>
    </message>
    <message>
        <source>Team member e-mails</source>
        <translation>टीम सदस्य ईमेल</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>ग्राहक यूज़र ID</translation>
    </message>
    <message>
        <source>One e-mail address, or many separated by commas, spaces or new lines.</source>
        <translation>एक ईमेल पता, या अल्पविराम, स्पेस या नई पंक्तियों से अलग किए गए कई पते।</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>एक यूज़र ID, या अल्पविराम, स्पेस या नई पंक्तियों से अलग की गई कई ID। Enter दबाने पर टोकन प्राप्त होते हैं; Shift+Enter से नई पंक्ति शुरू होती है।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPolicy</name>
    <message>
        <source>“%1” is not a valid URL. Use the form https://host.</source>
        <translation>“%1” मान्य URL नहीं है। https://host रूप का उपयोग करें।</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a query or a fragment.</source>
        <translation>बेस URL में यूज़र नाम, क्वेरी या फ़्रैगमेंट नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>Plain http:// would send the agency key unencrypted; it is only allowed for this computer (localhost). Use https://.</source>
        <translation>सादा http:// एजेंसी कुंजी को बिना एन्क्रिप्शन के भेजेगा; इसकी अनुमति सिर्फ़ इसी कंप्यूटर (localhost) के लिए है। https:// का उपयोग करें।</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>बेस URL https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>Enter the agency API key.</source>
        <translation>एजेंसी API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>The agency API key contains a line break or another control character. Paste the key again.</source>
        <translation>एजेंसी API कुंजी में लाइन ब्रेक या कोई अन्य कंट्रोल कैरेक्टर है। कुंजी फिर से चिपकाएँ।</translation>
    </message>
    <message>
        <source>The agency API key contains characters that cannot be sent in an HTTP header. Paste the key again.</source>
        <translation>एजेंसी API कुंजी में ऐसे कैरेक्टर हैं जो HTTP हेडर में नहीं भेजे जा सकते। कुंजी फिर से चिपकाएँ।</translation>
    </message>
    <message>
        <source>The user ID is empty.</source>
        <translation>यूज़र ID खाली है।</translation>
    </message>
    <message>
        <source>The user ID contains a control character.</source>
        <translation>यूज़र ID में कंट्रोल कैरेक्टर है।</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>ईमेल पता खाली है।</translation>
    </message>
    <message>
        <source>The e-mail address contains a control character.</source>
        <translation>ईमेल पते में कंट्रोल कैरेक्टर है।</translation>
    </message>
    <message>
        <source>An e-mail address needs an @.</source>
        <translation>ईमेल पते में @ होना आवश्यक है।</translation>
    </message>
    <message>
        <source>The base URL&apos;s port must be from 1 to 65535, not 0.</source>
        <translation>बेस URL का पोर्ट 1 से 65535 के बीच होना चाहिए, 0 नहीं।</translation>
    </message>
    <message>
        <source>The agency API key is %L1 characters long, more than the %L2 an agency key can be. Paste the key again.</source>
        <translation>एजेंसी API कुंजी %L1 वर्ण लंबी है, जो एजेंसी कुंजी की सीमा %L2 से अधिक है। कुंजी फिर से पेस्ट करें।</translation>
    </message>
    <message>
        <source>The user ID is %L1 characters long, more than the %L2 a user ID can be.</source>
        <translation>यूज़र ID %L1 वर्ण लंबी है, जो यूज़र ID की सीमा %L2 से अधिक है।</translation>
    </message>
    <message>
        <source>The user ID contains an invisible character (U+%1) inside it; type the ID again.</source>
        <translation>यूज़र ID के भीतर एक अदृश्य कैरेक्टर (U+%1) है; ID फिर से टाइप करें।</translation>
    </message>
    <message>
        <source>The e-mail address is %L1 characters long, more than the %L2 an address can be.</source>
        <translation>ई-मेल पता %L1 वर्ण लंबा है, जो किसी पते की सीमा %L2 से अधिक है।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeyVault</name>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service such as GNOME Keyring or KWallet; until then the key is kept in memory for this session only.</source>
        <translation>कोई कीचेन उपलब्ध नहीं है (%1)। GNOME Keyring या KWallet जैसी कोई Secret Service इंस्टॉल करके शुरू करें; तब तक कुंजी केवल इस सत्र के लिए मेमोरी में रखी जाएगी।</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1); until it can, the key is kept in memory for this session only.</source>
        <translation>सिस्टम कीचेन का उपयोग नहीं किया जा सका (%1); जब तक यह संभव न हो, कुंजी केवल इस सत्र के लिए मेमोरी में रखी जाएगी।</translation>
    </message>
    <message>
        <source>No agency key is stored in the keychain for the profile “%1”.</source>
        <translation>प्रोफ़ाइल “%1” के लिए कीचेन में कोई एजेंसी कुंजी संग्रहीत नहीं है।</translation>
    </message>
    <message>
        <source>Access to the keychain was refused; until it is allowed, the key is kept in memory for this session only.</source>
        <translation>कीचेन तक पहुँच अस्वीकार कर दी गई; जब तक अनुमति न मिले, कुंजी केवल इस सत्र के लिए मेमोरी में रखी जाएगी।</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>त्रुटि %1</translation>
    </message>
    <message>
        <source>There is no key to store.</source>
        <translation>संग्रहीत करने के लिए कोई कुंजी नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %Ln second(s); it may be waiting for a password prompt. Unlock it and try again.</source>
        <translation>
            <numerusform>कीचेन ने %Ln सेकंड के भीतर जवाब नहीं दिया; हो सकता है यह पासवर्ड प्रॉम्प्ट की प्रतीक्षा कर रहा हो। इसे अनलॉक करें और फिर से प्रयास करें।</numerusform>
            <numerusform>कीचेन ने %Ln सेकंड के भीतर जवाब नहीं दिया; हो सकता है यह पासवर्ड प्रॉम्प्ट की प्रतीक्षा कर रहा हो। इसे अनलॉक करें और फिर से प्रयास करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>Cleared the copied token from the clipboard.</source>
        <translation>कॉपी किया गया टोकन क्लिपबोर्ड से हटा दिया गया।</translation>
    </message>
    <message>
        <source>The system did not let TokenDesk clear the clipboard: the token may still be on it.</source>
        <translation>सिस्टम ने TokenDesk को क्लिपबोर्ड साफ़ नहीं करने दिया: टोकन अब भी उस पर हो सकता है।</translation>
    </message>
    <message>
        <source>TokenDesk — demo mode</source>
        <translation>TokenDesk — डेमो मोड</translation>
    </message>
    <message>
        <source>Demo mode: press Fetch tokens to try the sample customers.</source>
        <translation>डेमो मोड: नमूना ग्राहकों को आज़माने के लिए “टोकन प्राप्त करें” दबाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln token(s)…</source>
        <translation>
            <numerusform>%Ln टोकन प्राप्त किया जा रहा है…</numerusform>
            <numerusform>%Ln टोकन प्राप्त किए जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>ग्राहक सूची</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>क्लिपबोर्ड उलटी गिनती</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %Ln s</source>
        <translation>
            <numerusform>क्लिपबोर्ड %Ln सेकंड में साफ़ होगा</numerusform>
            <numerusform>क्लिपबोर्ड %Ln सेकंड में साफ़ होगा</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>Fetch the tokens of the IDs entered above (%1)</source>
        <translation>ऊपर दर्ज की गई ID के टोकन प्राप्त करें (%1)</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>प्राप्त टोकन</translation>
    </message>
    <message>
        <source>Those user IDs are already in the table or on their way; Retry failed sends the failed ones again.</source>
        <translation>ये यूज़र ID पहले से तालिका में हैं या आ रहे हैं; विफल को दोबारा आज़माएँ विफल हुए ID फिर से भेजता है।</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln new token(s); the other user IDs are already in the table or on their way.</source>
        <translation>
            <numerusform>%Ln नया टोकन प्राप्त किया जा रहा है; बाकी यूज़र ID पहले से तालिका में हैं या आ रहे हैं।</numerusform>
            <numerusform>%Ln नए टोकन प्राप्त किए जा रहे हैं; बाकी यूज़र ID पहले से तालिका में हैं या आ रहे हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>सर्वर ने कनेक्शन अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The server closed the connection before it finished answering.</source>
        <translation>सर्वर ने जवाब पूरा करने से पहले ही कनेक्शन बंद कर दिया।</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL and the network.</source>
        <translation>सर्वर का नाम नहीं मिल सका। बेस URL और नेटवर्क जाँचें।</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>सर्वर से कनेक्शन का समय समाप्त हो गया।</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>सर्वर से सुरक्षित कनेक्शन स्थापित नहीं हो सका।</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>नेटवर्क उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>प्रॉक्सी सर्वर का उपयोग नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere TokenDesk will not follow.</source>
        <translation>सर्वर ने अनुरोध को ऐसी जगह रीडायरेक्ट किया जहाँ TokenDesk नहीं जाएगा।</translation>
    </message>
    <message>
        <source>The server&apos;s reply broke the HTTP protocol.</source>
        <translation>सर्वर के जवाब ने HTTP प्रोटोकॉल का उल्लंघन किया।</translation>
    </message>
    <message>
        <source>The request failed because of a network problem.</source>
        <translation>नेटवर्क समस्या के कारण अनुरोध विफल रहा।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is self-signed or its issuer is unknown. If a corporate TLS proxy or a test server issued it, trust that CA certificate.</source>
        <translation>सर्वर का प्रमाणपत्र विश्वसनीय नहीं है: यह स्व-हस्ताक्षरित है या इसका जारीकर्ता अज्ञात है। अगर इसे किसी कॉर्पोरेट TLS प्रॉक्सी या टेस्ट सर्वर ने जारी किया है, तो उस CA प्रमाणपत्र पर भरोसा करें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>सर्वर का प्रमाणपत्र समाप्त हो चुका है या अभी मान्य नहीं है। इस कंप्यूटर की तारीख और समय जाँचें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another host name than the base URL&apos;s.</source>
        <translation>सर्वर का प्रमाणपत्र बेस URL के होस्ट नाम का नहीं, बल्कि किसी दूसरे होस्ट नाम का है।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>सर्वर का प्रमाणपत्र अस्वीकार कर दिया गया।</translation>
    </message>
    <message numerus="yes">
        <source>No reply from the server within %Ln second(s).</source>
        <translation>
            <numerusform>%Ln सेकंड के भीतर सर्वर से कोई जवाब नहीं मिला।</numerusform>
            <numerusform>%Ln सेकंड के भीतर सर्वर से कोई जवाब नहीं मिला।</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1, far more than a token needs; it was dropped.</source>
        <translation>सर्वर का जवाब %1 से बड़ा था, जो किसी टोकन की ज़रूरत से बहुत अधिक है; उसे छोड़ दिया गया।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PartnerApi</name>
    <message>
        <source>Enter the agency API key first.</source>
        <translation>पहले एजेंसी API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file “%1”: %2.</source>
        <translation>CA प्रमाणपत्र फ़ाइल “%1” पढ़ी नहीं जा सकती: %2।</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>“%1” में कोई PEM प्रमाणपत्र (-----BEGIN CERTIFICATE-----) नहीं है।</translation>
    </message>
    <message>
        <source>Customer list pages are numbered from 1.</source>
        <translation>ग्राहक सूची के पेज 1 से क्रमांकित होते हैं।</translation>
    </message>
    <message>
        <source>A page of the customer list was larger than %1; it was dropped.</source>
        <translation>ग्राहक सूची का एक पेज %1 से बड़ा था; उसे छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>अनुरोध रद्द कर दिया गया।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileController</name>
    <message>
        <source>Opened the profile “%1”.</source>
        <translation>प्रोफ़ाइल “%1” खोली गई।</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: enter it.</source>
        <translation>“%1” के लिए कोई कुंजी संग्रहीत नहीं है: इसे दर्ज करें।</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>प्रोफ़ाइल “%1” सहेजी गई।</translation>
    </message>
    <message>
        <source>The key of “%1” is in the system keychain.</source>
        <translation>“%1” की कुंजी सिस्टम कीचेन में है।</translation>
    </message>
    <message>
        <source>Deleted the profile “%1” and its stored key.</source>
        <translation>प्रोफ़ाइल “%1” और उसकी संग्रहीत कुंजी हटा दी गई।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>प्रोफ़ाइल को एक नाम दें।</translation>
    </message>
    <message>
        <source>A profile name can be at most %1 characters long.</source>
        <translation>प्रोफ़ाइल नाम अधिकतम %1 कैरेक्टर लंबा हो सकता है।</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/”.</source>
        <translation>प्रोफ़ाइल नाम में “/” नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A profile name cannot contain control or invisible characters.</source>
        <translation>प्रोफ़ाइल नाम में कंट्रोल या अदृश्य कैरेक्टर नहीं हो सकते।</translation>
    </message>
    <message>
        <source>A profile name cannot begin or end with a space.</source>
        <translation>प्रोफ़ाइल नाम स्पेस से शुरू या समाप्त नहीं हो सकता।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ReplyParser</name>
    <message>
        <source>The server said: “%1”</source>
        <translation>सर्वर ने कहा: “%1”</translation>
    </message>
    <message>
        <source>The agency API key was rejected (HTTP %1). Check the key and try again.</source>
        <translation>एजेंसी API कुंजी अस्वीकार कर दी गई (HTTP %1)। कुंजी जाँचें और फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server has no customer list at this address (HTTP %1). Check the base URL.</source>
        <translation>इस पते पर सर्वर के पास कोई ग्राहक सूची नहीं है (HTTP %1)। बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>No customer with this user ID.</source>
        <translation>इस यूज़र ID वाला कोई ग्राहक नहीं है।</translation>
    </message>
    <message>
        <source>Too many requests: the server asked TokenDesk to slow down.</source>
        <translation>बहुत अधिक अनुरोध: सर्वर ने TokenDesk से गति धीमी करने को कहा।</translation>
    </message>
    <message>
        <source>The BotPenguin server had a problem (HTTP %1). Try again later.</source>
        <translation>BotPenguin सर्वर में समस्या हुई (HTTP %1)। बाद में फिर से प्रयास करें।</translation>
    </message>
    <message>
        <source>The server did not accept this request (HTTP %1).</source>
        <translation>सर्वर ने यह अनुरोध स्वीकार नहीं किया (HTTP %1)।</translation>
    </message>
    <message>
        <source>Unexpected reply from the server (HTTP %1).</source>
        <translation>सर्वर से अप्रत्याशित जवाब (HTTP %1)।</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>सर्वर ने खाली जवाब भेजा।</translation>
    </message>
    <message>
        <source>The server sent a web page instead of data.</source>
        <translation>सर्वर ने डेटा के बजाय एक वेब पेज भेजा।</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON.</source>
        <translation>सर्वर का जवाब मान्य JSON नहीं है।</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no success flag.</source>
        <translation>सर्वर के जवाब में सफलता (success) फ़्लैग नहीं है।</translation>
    </message>
    <message>
        <source>The server refused the request without saying why.</source>
        <translation>सर्वर ने बिना कारण बताए अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not hold a token in the expected form.</source>
        <translation>सर्वर के जवाब में अपेक्षित रूप में टोकन नहीं है।</translation>
    </message>
    <message>
        <source>The server has no partner API at this address (HTTP 404): check the base URL.</source>
        <translation>इस पते पर सर्वर के पास कोई पार्टनर API नहीं है (HTTP 404): बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>The server has no partner API at %1 (HTTP 404): check the base URL.</source>
        <translation>%1 पर सर्वर के पास कोई पार्टनर API नहीं है (HTTP 404): बेस URL जाँचें।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RetryPolicy</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to wait %Ln second(s) before trying again, longer than the %1 seconds it waits. Try again later.</source>
        <translation>
            <numerusform>सर्वर ने TokenDesk से दोबारा प्रयास करने से पहले %Ln सेकंड प्रतीक्षा करने को कहा, जो उसकी %1 सेकंड की प्रतीक्षा सीमा से अधिक है। बाद में फिर से प्रयास करें।</numerusform>
            <numerusform>सर्वर ने TokenDesk से दोबारा प्रयास करने से पहले %Ln सेकंड प्रतीक्षा करने को कहा, जो उसकी %1 सेकंड की प्रतीक्षा सीमा से अधिक है। बाद में फिर से प्रयास करें।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::Session</name>
    <message>
        <source>The work running now keeps the agency API key it started with: cancel it or let it finish, then use the new key.</source>
        <translation>चल रहा काम उसी एजेंसी API कुंजी से चलता है जिससे वह शुरू हुआ था: उसे रद्द करें या पूरा होने दें, फिर नई कुंजी का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Fetch, in the user ID or key field</source>
        <translation>यूज़र ID या कुंजी फ़ील्ड में: टोकन प्राप्त करें</translation>
    </message>
    <message>
        <source>Start a new line in the user ID field</source>
        <translation>यूज़र ID फ़ील्ड में नई पंक्ति शुरू करें</translation>
    </message>
    <message>
        <source>Show or hide one token</source>
        <translation>एक टोकन दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Double-click the token</source>
        <translation>टोकन पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Fetch the selected customers&apos; tokens</source>
        <translation>चयनित ग्राहकों के टोकन प्राप्त करें</translation>
    </message>
    <message>
        <source>%1 or double-click</source>
        <translation>%1 या डबल-क्लिक</translation>
    </message>
    <message>
        <source>Open the context menu of the tokens table</source>
        <translation>टोकन तालिका का संदर्भ मेनू खोलें</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>अगला या पिछला टैब</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 या %2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>अगला या पिछला कंट्रोल</translation>
    </message>
    <message>
        <source>Go to the menu or field of an underlined letter</source>
        <translation>रेखांकित अक्षर वाले मेनू या फ़ील्ड पर जाएँ</translation>
    </message>
    <message>
        <source>%1 and the underlined letter</source>
        <translation>%1 और रेखांकित अक्षर</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenExport</name>
    <message>
        <source>No file name was given.</source>
        <translation>कोई फ़ाइल नाम नहीं दिया गया।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 बनाई नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2</source>
        <translation>%1 को निजी नहीं बनाया जा सका: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 में लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 सहेजी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenForgetter</name>
    <message>
        <source>Tokens forgotten: TokenDesk was not used for a while.</source>
        <translation>टोकन भुला दिए गए: TokenDesk कुछ समय से उपयोग में नहीं था।</translation>
    </message>
    <message>
        <source>Tokens forgotten: the screen was locked.</source>
        <translation>टोकन भुला दिए गए: स्क्रीन लॉक हो गई थी।</translation>
    </message>
    <message>
        <source>Tokens forgotten: the computer was going to sleep.</source>
        <translation>टोकन भुला दिए गए: कंप्यूटर स्लीप में जा रहा था।</translation>
    </message>
    <message>
        <source>Fetch &amp;again</source>
        <extracomment>Fetches the tokens that were forgotten for safety (idle time, screen lock, sleep).</extracomment>
        <translation>फिर से प्राप्त करें (&amp;A)</translation>
    </message>
    <message>
        <source>Fetch the tokens that were forgotten for safety</source>
        <translation>सुरक्षा के लिए भुलाए गए टोकन फिर से प्राप्त करें</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>फिर से प्राप्त करें</translation>
    </message>
    <message>
        <source>%1 The system did not let TokenDesk clear the clipboard: the token may still be on it. TokenDesk tries again when its window is active.</source>
        <extracomment>%1 is why the tokens were forgotten, e.g. &quot;Tokens forgotten: the screen was locked.&quot;</extracomment>
        <translation>%1 सिस्टम ने TokenDesk को क्लिपबोर्ड साफ़ नहीं करने दिया: टोकन अभी भी उस पर हो सकता है। TokenDesk की विंडो सक्रिय होने पर वह फिर से कोशिश करेगा।</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenTableModel</name>
    <message>
        <source>Queued</source>
        <extracomment>A row&apos;s state: its token is waiting to be fetched.</extracomment>
        <translation>कतार में</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>प्राप्त हो रहा है…</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it works.</extracomment>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it was switched off.</extracomment>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A row&apos;s state: fetching its token failed.</extracomment>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Column header above each row&apos;s copy button.</extracomment>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy this token to the clipboard</source>
        <translation>यह टोकन क्लिपबोर्ड पर कॉपी करें</translation>
    </message>
    <message>
        <source>Hidden token ending in %1</source>
        <translation>%1 पर समाप्त होने वाला छिपा टोकन</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>यूज़र ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Column header: the customer&apos;s API token (a secret).</extracomment>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <extracomment>Column header: the date and time the token was fetched.</extracomment>
        <translation>प्राप्ति का समय</translation>
    </message>
    <message>
        <source>TokenDesk forgot this token for safety. Fetch again fetches it.</source>
        <translation>TokenDesk ने सुरक्षा के लिए यह टोकन भुला दिया। फिर से प्राप्त करें इसे दोबारा लाता है।</translation>
    </message>
    <message>
        <source>Forgotten for safety</source>
        <extracomment>In the token column: the token was dropped from memory (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>सुरक्षा के लिए भुलाया गया</translation>
    </message>
    <message>
        <source>TokenDesk stopped fetching this token when it forgot the tokens for safety. Fetch again fetches it.</source>
        <translation>सुरक्षा के लिए टोकन भुलाते समय TokenDesk ने यह टोकन प्राप्त करना रोक दिया। &quot;फिर से प्राप्त करें&quot; इसे प्राप्त करता है।</translation>
    </message>
    <message>
        <source>Not fetched: stopped when the tokens were forgotten</source>
        <extracomment>In the token column: the token was still being fetched when the tokens were forgotten (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>प्राप्त नहीं हुआ: टोकन भुलाए जाने पर रोक दिया गया</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokensPanel</name>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>कोई भी पंक्ति फ़िल्टर से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>No tokens yet. Enter the agency API key and customer user IDs above, then press Fetch tokens (%1). You can also import a file of user IDs (%2), or pick customers on the Customer list tab.</source>
        <translation>अभी तक कोई टोकन नहीं है। ऊपर एजेंसी API कुंजी और ग्राहक यूज़र ID दर्ज करें, फिर “टोकन प्राप्त करें” (%1) दबाएँ। आप यूज़र ID की कोई फ़ाइल भी आयात कर सकते हैं (%2), या “ग्राहक सूची” टैब पर ग्राहक चुन सकते हैं।</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>अभी निर्यात करने के लिए कुछ नहीं है।</translation>
    </message>
    <message>
        <source>Export tokens</source>
        <translation>टोकन निर्यात करें</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %Ln row(s) with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</source>
        <translation>
            <numerusform>फ़ाइल में %Ln पंक्ति होगी, जिसका टोकन सादे टेक्स्ट में होगा। जो भी यह फ़ाइल पढ़ सकता है, वह टोकन का उपयोग कर सकता है। निर्यात करें?</numerusform>
            <numerusform>फ़ाइल में %Ln पंक्तियाँ होंगी, जिनके टोकन सादे टेक्स्ट में होंगे। जो भी यह फ़ाइल पढ़ सकता है, वह टोकन का उपयोग कर सकता है। निर्यात करें?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV फ़ाइलें (*.csv);;JSON फ़ाइलें (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1, readable by you only.</source>
        <translation>
            <numerusform>%Ln पंक्ति %1 में निर्यात की गई, जिसे केवल आप पढ़ सकते हैं।</numerusform>
            <numerusform>%Ln पंक्तियाँ %1 में निर्यात की गईं, जिसे केवल आप पढ़ सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation>यूज़र ID आयात करें</translation>
    </message>
    <message>
        <source>Lists and CSV files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>सूचियाँ और CSV फ़ाइलें (*.txt *.csv *.tsv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>%1 आयात नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Some lines of %1 were skipped</source>
        <translation>%1 की कुछ पंक्तियाँ छोड़ दी गईं</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be used; the other IDs are being fetched.</source>
        <translation>
            <numerusform>%Ln पंक्ति का उपयोग नहीं किया जा सका; बाकी ID प्राप्त की जा रही हैं।</numerusform>
            <numerusform>%Ln पंक्तियों का उपयोग नहीं किया जा सका; बाकी ID प्राप्त की जा रही हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row with a token to copy.</source>
        <translation>कॉपी करने के लिए टोकन वाली पंक्ति चुनें।</translation>
    </message>
    <message>
        <source>Copied the user ID and token for %1.</source>
        <translation>%1 की यूज़र ID और टोकन कॉपी किए गए।</translation>
    </message>
    <message>
        <source>Copied the token for %1.</source>
        <translation>%1 का टोकन कॉपी किया गया।</translation>
    </message>
    <message>
        <source>Select a row to copy its token.</source>
        <translation>टोकन कॉपी करने के लिए एक पंक्ति चुनें।</translation>
    </message>
    <message>
        <source>There is no token to copy for %1.</source>
        <translation>%1 के लिए कॉपी करने को कोई टोकन नहीं है।</translation>
    </message>
    <message>
        <source>Cleared the table: no token is kept in memory.</source>
        <translation>तालिका साफ़ कर दी गई: मेमोरी में कोई टोकन नहीं रखा गया है।</translation>
    </message>
    <message>
        <source>Nothing was exported: tokens were forgotten for safety while the export was being set up. Fetch them again, then export.</source>
        <translation>कुछ भी निर्यात नहीं हुआ: निर्यात तैयार होते समय सुरक्षा के लिए टोकन भुला दिए गए। उन्हें फिर से प्राप्त करें, फिर निर्यात करें।</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>टोकन (&amp;T)</translation>
    </message>
    <message>
        <source>Filter by user ID, customer or error</source>
        <translation>यूज़र ID, ग्राहक या त्रुटि से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>टोकन फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>स्थिति दिखाएँ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>विफल को दोबारा आज़माएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>विफल को दोबारा आज़माएँ</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>प्राप्त टोकन</translation>
    </message>
    <message>
        <source>Tokens are masked. Enter or a double-click shows the current row&apos;s token; Ctrl+C copies it.</source>
        <translation>टोकन छिपे हुए हैं। Enter दबाने या डबल-क्लिक करने पर मौजूदा पंक्ति का टोकन दिखता है; Ctrl+C उसे कॉपी करता है।</translation>
    </message>
    <message>
        <source>Why the row failed</source>
        <translation>पंक्ति क्यों विफल हुई</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fetch BotPenguin customers&apos; API tokens.</source>
        <translation>BotPenguin ग्राहकों के API टोकन प्राप्त करें।</translation>
    </message>
    <message>
        <source>Try TokenDesk against its built-in sandbox.</source>
        <translation>TokenDesk को उसके अंतर्निहित सैंडबॉक्स के साथ आज़माएँ।</translation>
    </message>
    <message>
        <source>The partner API&apos;s address (https://, or http:// for localhost). Overrides TOKENDESK_BASE_URL.</source>
        <translation>पार्टनर API का पता (https://, या localhost के लिए http://)। TOKENDESK_BASE_URL को ओवरराइड करता है।</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error, with the key and tokens shown as ***.</source>
        <translation>हर अनुरोध और जवाब का विवरण स्टैंडर्ड एरर पर दें, जिसमें कुंजी और टोकन *** के रूप में दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation>डेमो सैंडबॉक्स किसी लूपबैक पोर्ट पर सुन नहीं सका।</translation>
    </message>
</context>
</TS>

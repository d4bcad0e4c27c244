<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TokenDesk</source>
        <translation>Sobre o TokenDesk</translation>
    </message>
    <message>
        <source>TokenDesk logo</source>
        <translation>Logotipo do TokenDesk</translation>
    </message>
    <message>
        <source>Fetches the permanent API tokens of BotPenguin customers for partner agencies.</source>
        <translation>Busca os tokens de API permanentes dos clientes do BotPenguin para agências parceiras.</translation>
    </message>
</context>
<context>
    <name>CustomerBrowser</name>
    <message>
        <source>Loa&amp;d customers</source>
        <translation>Carre&amp;gar clientes</translation>
    </message>
    <message>
        <source>Load customers</source>
        <translation>Carregar clientes</translation>
    </message>
    <message>
        <source>Load the agency&apos;s customers from BotPenguin, page after page</source>
        <translation>Carrega os clientes da agência a partir do BotPenguin, página por página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading customers</source>
        <translation>Cancelar o carregamento dos clientes</translation>
    </message>
    <message>
        <source>Filter by name, e-mail, status or user ID</source>
        <translation>Filtrar por nome, e-mail, status ou ID de usuário</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Load the customer list to pick customers without knowing their IDs.</source>
        <translation>Carregue a lista de clientes para escolher clientes sem saber os IDs deles.</translation>
    </message>
    <message>
        <source>Fetch &amp;tokens for selected</source>
        <translation>Buscar tokens dos &amp;selecionados</translation>
    </message>
    <message>
        <source>Fetch tokens for selected</source>
        <translation>Buscar tokens dos selecionados</translation>
    </message>
    <message>
        <source>Fetch a&amp;ll</source>
        <translation>Buscar to&amp;dos</translation>
    </message>
    <message>
        <source>Fetch all</source>
        <translation>Buscar todos</translation>
    </message>
    <message>
        <source>Fetch the token of every customer shown (the filter applies)</source>
        <translation>Busca o token de cada cliente exibido (o filtro é aplicado)</translation>
    </message>
    <message>
        <source>Select customers and press Enter to fetch their tokens.</source>
        <translation>Selecione clientes e pressione Enter para buscar os tokens deles.</translation>
    </message>
</context>
<context>
    <name>InputPanel</name>
    <message>
        <source>Prof&amp;ile:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Perfil da agência</translation>
    </message>
    <message>
        <source>A name, an API address and a key kept in the system keychain. Type a new name and press Save profile.</source>
        <translation>Um nome, um endereço da API e uma chave guardada no chaveiro do sistema. Digite um novo nome e clique em Salvar perfil.</translation>
    </message>
    <message>
        <source>Re&amp;member key</source>
        <translation>Lembrar c&amp;have</translation>
    </message>
    <message>
        <source>Remember key in the system keychain</source>
        <translation>Lembrar a chave no chaveiro do sistema</translation>
    </message>
    <message>
        <source>Keep this profile&apos;s key in the operating system&apos;s keychain, never in a file</source>
        <translation>Guarda a chave deste perfil no chaveiro do sistema operacional, nunca em um arquivo</translation>
    </message>
    <message>
        <source>S&amp;ave profile</source>
        <translation>Sal&amp;var perfil</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Agency API &amp;key:</source>
        <translation>&amp;Chave de API da agência:</translation>
    </message>
    <message>
        <source>The agency&apos;s API key from the BotPenguin dashboard</source>
        <translation>A chave de API da agência, do painel do BotPenguin</translation>
    </message>
    <message>
        <source>Agency API key</source>
        <translation>Chave de API da agência</translation>
    </message>
    <message>
        <source>Masked. Kept in memory only.</source>
        <translation>Mascarada. Mantida apenas na memória.</translation>
    </message>
    <message>
        <source>End of the hidden key</source>
        <translation>Final da chave oculta</translation>
    </message>
    <message>
        <source>L&amp;ook up:</source>
        <translation>C&amp;onsultar:</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Consultar</translation>
    </message>
    <message>
        <source>Customers by user ID</source>
        <translation>Clientes por ID de usuário</translation>
    </message>
    <message>
        <source>Team members by e-mail</source>
        <translation>Membros da equipe por e-mail</translation>
    </message>
    <message>
        <source>Team member type</source>
        <translation>Tipo de membro da equipe</translation>
    </message>
    <message>
        <source>AGENT: a team user with the default agent role. CUSTOM_USER: a team member with a custom role. CUSTOMER: the customer&apos;s main user.</source>
        <translation>AGENT: um usuário da equipe com a função padrão de agente. CUSTOM_USER: um membro da equipe com uma função personalizada. CUSTOMER: o usuário principal do cliente.</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>&amp;IDs de usuário dos clientes:</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Um ID de usuário, ou vários separados por vírgulas, espaços ou quebras de linha. Enter busca; Shift+Enter inicia uma nova linha.</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>IDs de usuário dos clientes</translation>
    </message>
    <message>
        <source>Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Enter busca; Shift+Enter inicia uma nova linha.</translation>
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
        <translation>Modo de demonstração: o TokenDesk está se comunicando com seu ambiente de testes integrado, não com o BotPenguin. A chave e os tokens são fictícios.</translation>
    </message>
    <message>
        <source>Demo mode notice</source>
        <translation>Aviso de modo de demonstração</translation>
    </message>
    <message>
        <source>&amp;Show tokens</source>
        <translation>&amp;Mostrar tokens</translation>
    </message>
    <message>
        <source>Show tokens</source>
        <translation>Mostrar tokens</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>Requisições &amp;paralelas:</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Requisições paralelas</translation>
    </message>
    <message>
        <source>How many requests are in flight at once (1 to 64)</source>
        <translation>Quantas requisições ficam em andamento ao mesmo tempo (1 a 64)</translation>
    </message>
    <message>
        <source>&amp;Fetch tokens</source>
        <translation>&amp;Buscar tokens</translation>
    </message>
    <message>
        <source>Fet&amp;ch tokens</source>
        <translation>&amp;Buscar tokens</translation>
    </message>
    <message>
        <source>Fetch tokens</source>
        <translation>Buscar tokens</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Import user IDs…</source>
        <translation>&amp;Importar IDs de usuário…</translation>
    </message>
    <message>
        <source>Fetch the user IDs in a text file or a CSV file</source>
        <translation>Busca os tokens dos IDs de usuário de um arquivo de texto ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export tokens…</source>
        <translation>&amp;Exportar tokens…</translation>
    </message>
    <message>
        <source>Save the selected rows, or all rows, to a CSV or JSON file readable by you only</source>
        <translation>Salva as linhas selecionadas, ou todas as linhas, em um arquivo CSV ou JSON que só você pode ler</translation>
    </message>
    <message>
        <source>Copy user &amp;ID and token</source>
        <translation>Copiar &amp;ID de usuário e token</translation>
    </message>
    <message>
        <source>Copy &quot;userId,token&quot; of the selected row, for pasting into forms</source>
        <translation>Copia &quot;userId,token&quot; da linha selecionada, para colar em formulários</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Copy token</source>
        <translation>&amp;Copiar token</translation>
    </message>
    <message>
        <source>Copy the selected row&apos;s token to the clipboard</source>
        <translation>Copia o token da linha selecionada para a área de transferência</translation>
    </message>
    <message>
        <source>C&amp;lear table</source>
        <translation>&amp;Limpar tabela</translation>
    </message>
    <message>
        <source>Forget every fetched token</source>
        <translation>Descarta todos os tokens buscados</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>&amp;Sobre o TokenDesk</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Fetch the tokens of the user IDs or e-mails entered above</source>
        <translation>Busca os tokens dos IDs de usuário ou e-mails digitados acima</translation>
    </message>
    <message>
        <source>Show every token in full, or mask them again</source>
        <translation>Mostra todos os tokens por completo ou volta a mascará-los</translation>
    </message>
    <message>
        <source>Show or &amp;hide the selected token</source>
        <translation>Mostrar ou &amp;ocultar o token selecionado</translation>
    </message>
    <message>
        <source>Show the selected row&apos;s token in full, or mask it again</source>
        <translation>Mostra o token da linha selecionada por completo ou volta a mascará-lo</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>Go to the filter box of the tab shown</source>
        <translation>Vai para a caixa de filtro da aba exibida</translation>
    </message>
    <message>
        <source>Fetched &amp;tokens</source>
        <translation>&amp;Tokens buscados</translation>
    </message>
    <message>
        <source>Show the tab of fetched tokens</source>
        <translation>Mostra a aba dos tokens buscados</translation>
    </message>
    <message>
        <source>Customer &amp;list</source>
        <translation>&amp;Lista de clientes</translation>
    </message>
    <message>
        <source>Show the tab of the agency&apos;s customers</source>
        <translation>Mostra a aba dos clientes da agência</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atalhos de teclado…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Pasta de arquivos</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Procurar em:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do arquivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Arquivos do tipo:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Pasta superior</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Criar nova pasta</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Exibição em lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Exibição detalhada</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ir para a pasta superior</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Cria uma nova pasta</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Alterar para o modo de exibição em lista</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Alterar para o modo de exibição detalhada</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Barra lateral</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista de locais e favoritos</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Mostrar arquivos &amp;ocultos</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nova pasta</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locais recentes</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 já existe.
Deseja substituí-la?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Deseja realmente excluir &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; está protegido contra gravação.
Deseja excluí-lo mesmo assim?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Não foi possível excluir a pasta.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Arquivo não encontrado.
Verifique se foi indicado um nome correto para o arquivo.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Pasta não encontrada.
Verifique se foi indicado um nome correto para a pasta.</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Pastas</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Pasta de arquivos</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Localizar a pasta</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>Es&amp;colher</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data de modificação</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>Computador</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meu computador</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nome de arquivo inválido</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>TokenDesk Settings</source>
        <translation>Configurações do TokenDesk</translation>
    </message>
    <message>
        <source>Agency profile</source>
        <translation>Perfil da agência</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Open another saved profile: its API address and, when remembered, its key. Profiles are saved and deleted in the main window.</source>
        <translation>Abre outro perfil salvo: o endereço da API dele e, se lembrada, a chave. Os perfis são salvos e excluídos na janela principal.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Endereço da &amp;API:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <source>https:// only; http:// is allowed for this computer (localhost)</source>
        <translation>Somente https://; http:// é permitido para este computador (localhost)</translation>
    </message>
    <message>
        <source>Request &amp;time-out:</source>
        <translation>&amp;Tempo limite da requisição:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Request time-out in seconds</source>
        <translation>Tempo limite da requisição em segundos</translation>
    </message>
    <message>
        <source>&amp;Parallel requests:</source>
        <translation>Requisições &amp;paralelas:</translation>
    </message>
    <message>
        <source>Parallel requests</source>
        <translation>Requisições paralelas</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Novas tentativas:</translation>
    </message>
    <message>
        <source>Retries of a failure that may pass</source>
        <translation>Novas tentativas após uma falha que pode ser passageira</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Segredos</translation>
    </message>
    <message>
        <source>&amp;Clear the clipboard after:</source>
        <translation>&amp;Limpar a área de transferência após:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Clear the clipboard after, in seconds; 0 never</source>
        <translation>Limpar a área de transferência após, em segundos; 0 nunca</translation>
    </message>
    <message>
        <source>&amp;Hide revealed tokens after:</source>
        <translation>&amp;Ocultar tokens revelados após:</translation>
    </message>
    <message>
        <source>Hide revealed tokens after, in seconds; 0 never</source>
        <translation>Ocultar tokens revelados após, em segundos; 0 nunca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of TokenDesk&apos;s windows. It changes at once, without a restart.</source>
        <translation>O idioma das janelas do TokenDesk. A mudança é imediata, sem reiniciar.</translation>
    </message>
    <message>
        <source>Forget tok&amp;ens after:</source>
        <translation>Esquecer os tok&amp;ens após:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Forget tokens after</source>
        <translation>Esquecer os tokens após</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input in TokenDesk before the fetched tokens are forgotten; 0 never.</source>
        <translation>Minutos sem uso do teclado ou do mouse no TokenDesk antes de esquecer os tokens obtidos; 0, nunca.</translation>
    </message>
    <message>
        <source>Forget tokens when the screen locks or the computer &amp;sleeps</source>
        <translation>Esquecer os tokens quando a tela for bloqueada ou o computador entrar em &amp;suspensão</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Shortcuts of the TokenDesk window:</source>
        <translation>&amp;Atalhos da janela do TokenDesk:</translation>
    </message>
    <message>
        <source>Each row names what a key does and the key that does it.</source>
        <translation>Cada linha indica o que uma tecla faz e qual é essa tecla.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AboutDialog</name>
    <message>
        <source>part of the operating system</source>
        <translation>parte do sistema operacional</translation>
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
        <translation>indisponível</translation>
    </message>
    <message>
        <source>TokenDesk %1</source>
        <translation>TokenDesk %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk is free software: you can redistribute it and modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or any later version. It comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The TokenDesk authors&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;O TokenDesk é software livre: você pode redistribuí-lo e modificá-lo sob os termos da &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, versão 3 ou qualquer versão posterior. Ele é fornecido sem absolutamente nenhuma garantia.&lt;/p&gt;&lt;p&gt;Copyright © 2026 Os autores do TokenDesk&lt;br&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;TokenDesk uses these libraries:&lt;/p&gt;</source>
        <translation>&lt;p&gt;O TokenDesk usa estas bibliotecas:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
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
        <translation>Ocultar chave</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar chave</translation>
    </message>
    <message>
        <source>Show or hide the agency API key</source>
        <translation>Mostra ou oculta a chave de API da agência</translation>
    </message>
    <message>
        <source>ends in %1</source>
        <translation>termina em %1</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BatchProgress</name>
    <message>
        <source>%1 of %2, %3 failed</source>
        <translation>%1 de %2, %3 com falha</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Fetch progress</source>
        <translation>Progresso da busca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>The server asked TokenDesk to slow down: waiting %Ln second(s).</source>
        <translation>
            <numerusform>O servidor pediu ao TokenDesk para diminuir o ritmo: aguardando %Ln segundo.</numerusform>
            <numerusform>O servidor pediu ao TokenDesk para diminuir o ritmo: aguardando %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The agency API key was rejected, so the batch stopped. Check the key and fetch again.</source>
        <translation>A chave de API da agência foi rejeitada, então o lote parou. Verifique a chave e busque novamente.</translation>
    </message>
    <message>
        <source>Cancelled: %1 active, %2 inactive, %3 failed, %4 not fetched.</source>
        <translation>Cancelado: %1 ativos, %2 inativos, %3 com falha, %4 não buscados.</translation>
    </message>
    <message>
        <source>Done: %1 active, %2 inactive, %3 failed.</source>
        <translation>Concluído: %1 ativos, %2 inativos, %3 com falha.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli</name>
    <message>
        <source>Fetches BotPenguin customers&apos; permanent API tokens with a partner agency key.

The agency key is never taken from an argument: give it with --key-stdin (the first line of standard input), the TOKENDESK_API_KEY environment variable, or --profile NAME, a profile saved in the window with its key in the system&apos;s keychain. TOKENDESK_BASE_URL sets the API&apos;s address (--base-url wins; both win over the profile&apos;s).

Exit status: 0 every token fetched, 1 at least one failed or was skipped, 2 usage or input error (nothing was sent), 3 the agency key was rejected, 4 the output could not be written, 130 or 143 after Ctrl+C or SIGTERM (the rows that finished are written), 141 when the reader of the output went away.</source>
        <translation>Busca os tokens de API permanentes dos clientes do BotPenguin com a chave de uma agência parceira.

A chave da agência nunca é recebida como argumento: forneça-a com --key-stdin (a primeira linha da entrada padrão), com a variável de ambiente TOKENDESK_API_KEY ou com --profile NOME, um perfil salvo na janela com a chave no chaveiro do sistema. TOKENDESK_BASE_URL define o endereço da API (--base-url tem prioridade; ambos têm prioridade sobre o do perfil).

Código de saída: 0 todos os tokens obtidos, 1 pelo menos um falhou ou foi ignorado, 2 erro de uso ou de entrada (nada foi enviado), 3 a chave da agência foi rejeitada, 4 não foi possível gravar a saída, 130 ou 143 após Ctrl+C ou SIGTERM (as linhas concluídas são gravadas), 141 quando o leitor da saída foi embora.</translation>
    </message>
    <message>
        <source>--email and --type go together: give both for a team member.</source>
        <translation>--email e --type andam juntos: informe ambos para um membro da equipe.</translation>
    </message>
    <message>
        <source>Give --email and --type once; for more team members use -i FILE with a CSV with email and type columns.</source>
        <translation>Informe --email e --type uma única vez; para mais membros da equipe, use -i ARQUIVO com um CSV com as colunas email e type.</translation>
    </message>
    <message>
        <source>Unknown --type “%1”: use AGENT, CUSTOM_USER or CUSTOMER.</source>
        <translation>Valor de --type desconhecido “%1”: use AGENT, CUSTOM_USER ou CUSTOMER.</translation>
    </message>
    <message>
        <source>Give --customers (the list) or --all (every customer&apos;s token), not both.</source>
        <translation>Informe --customers (a lista) ou --all (o token de cada cliente), não ambos.</translation>
    </message>
    <message>
        <source>--customers and --all take every customer from the list; leave out user IDs, -i and --email.</source>
        <translation>--customers e --all usam todos os clientes da lista; omita IDs de usuário, -i e --email.</translation>
    </message>
    <message>
        <source>Try &apos;tokendesk-cli --help&apos;.</source>
        <translation>Experimente &apos;tokendesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>User IDs, one per line (# comments and blank lines are skipped), or a CSV with a userId or _id column, or a CSV with email and type columns for team members; &quot;-&quot; reads standard input. Each ID once.</source>
        <translation>IDs de usuário, um por linha (comentários com # e linhas em branco são ignorados), ou um CSV com uma coluna userId ou _id, ou um CSV com as colunas email e type para membros da equipe; &quot;-&quot; lê a entrada padrão. Cada ID apenas uma vez.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>A team member&apos;s e-mail address, to fetch their token; needs --type.</source>
        <translation>O endereço de e-mail de um membro da equipe, para buscar o token dele; requer --type.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <source>The team member&apos;s type: AGENT, CUSTOM_USER or CUSTOMER (any case).</source>
        <translation>O tipo do membro da equipe: AGENT, CUSTOM_USER ou CUSTOMER (maiúsculas ou minúsculas).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>jsonl, json, csv or table (default: table on a terminal, jsonl otherwise).</source>
        <translation>jsonl, json, csv ou table (padrão: table em um terminal, jsonl nos demais casos).</translation>
    </message>
    <message>
        <source>FMT</source>
        <translation>FMT</translation>
    </message>
    <message>
        <source>Requests in flight at once, 1..64 (default 6).</source>
        <translation>Requisições em andamento ao mesmo tempo, 1..64 (padrão 6).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Time allowed for one request (default 30).</source>
        <translation>Tempo permitido para uma requisição (padrão 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Extra tries of a transient failure, 0..10 (default 2).</source>
        <translation>Tentativas extras após uma falha temporária, 0..10 (padrão 2).</translation>
    </message>
    <message>
        <source>The API&apos;s address (default https://api.v7.botpenguin.com).</source>
        <translation>O endereço da API (padrão https://api.v7.botpenguin.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the agency key from the first line of standard input.</source>
        <translation>Lê a chave da agência da primeira linha da entrada padrão.</translation>
    </message>
    <message>
        <source>Use a built-in sandbox of the API with a demo key.</source>
        <translation>Usa um ambiente de testes integrado da API com uma chave de demonstração.</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error (the key and tokens are shown as ***).</source>
        <translation>Descreve cada requisição e resposta na saída de erro padrão (a chave e os tokens aparecem como ***).</translation>
    </message>
    <message>
        <source>List the agency&apos;s customers (every page) instead of fetching tokens.</source>
        <translation>Lista os clientes da agência (todas as páginas) em vez de buscar tokens.</translation>
    </message>
    <message>
        <source>Fetch the token of every customer that the list gives.</source>
        <translation>Busca o token de cada cliente que a lista retornar.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a corporate TLS proxy&apos;s, or a test server&apos;s).</source>
        <translation>Confia também nos certificados de CA deste arquivo PEM (de um proxy TLS corporativo ou de um servidor de testes).</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Use a profile saved in the TokenDesk window: its base URL, and its key from the system&apos;s keychain.</source>
        <translation>Usa um perfil salvo na janela do TokenDesk: a URL base dele e a chave guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Customer user IDs.</source>
        <translation>IDs de usuário dos clientes.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use jsonl, json, csv or table.</source>
        <translation>Formato desconhecido “%1”: use jsonl, json, csv ou table.</translation>
    </message>
    <message>
        <source>The concurrency (-j) must be a whole number from 1 to 64, not “%1”.</source>
        <translation>A concorrência (-j) deve ser um número inteiro de 1 a 64, não “%1”.</translation>
    </message>
    <message>
        <source>--retries must be a whole number from 0 to 10, not “%1”.</source>
        <translation>--retries deve ser um número inteiro de 0 a 10, não “%1”.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --base-url.</source>
        <translation>--demo executa seu próprio ambiente de testes; omita --base-url.</translation>
    </message>
    <message>
        <source>--demo runs its own sandbox; leave out --profile.</source>
        <translation>--demo executa seu próprio ambiente de testes; omita --profile.</translation>
    </message>
    <message>
        <source>Standard input (-i -) can be read only once.</source>
        <translation>A entrada padrão (-i -) só pode ser lida uma vez.</translation>
    </message>
    <message>
        <source>No user IDs given: name them as arguments or in a file with -i FILE.</source>
        <translation>Nenhum ID de usuário informado: indique-os como argumentos ou em um arquivo com -i ARQUIVO.</translation>
    </message>
    <message>
        <source>No user IDs given. The demo sandbox knows these, for example:
  tokendesk-cli --demo %1
and this team member:
  tokendesk-cli --demo --email %2 --type AGENT</source>
        <translation>Nenhum ID de usuário informado. O ambiente de testes de demonstração conhece estes, por exemplo:
  tokendesk-cli --demo %1
e este membro da equipe:
  tokendesk-cli --demo --email %2 --type AGENT</translation>
    </message>
    <message>
        <source>The demo sandbox could not start on this computer.</source>
        <translation>Não foi possível iniciar o ambiente de testes de demonstração neste computador.</translation>
    </message>
    <message>
        <source>Demo mode: a built-in sandbox with made-up customers answers at %1.</source>
        <translation>Modo de demonstração: um ambiente de testes integrado com clientes fictícios responde em %1.</translation>
    </message>
    <message>
        <source>The agency API key was rejected%1, so the run stopped and no more requests were sent. Check the key and try again.</source>
        <translation>A chave de API da agência foi rejeitada%1, então a execução parou e nenhuma outra requisição foi enviada. Verifique a chave e tente novamente.</translation>
    </message>
    <message>
        <source>No result was reported for this user ID.</source>
        <translation>Nenhum resultado foi informado para este ID de usuário.</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed</source>
        <translation>%1/%2 concluídos, %3 com falha</translation>
    </message>
    <message>
        <source>Listing customers: %1 so far, %2 pages</source>
        <translation>Listando clientes: %1 até agora, %2 páginas</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuário</translation>
    </message>
    <message>
        <source>Cannot send the user ID “%1”: %2</source>
        <translation>Não é possível enviar o ID de usuário “%1”: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>Agency API key: </source>
        <translation>Chave de API da agência: </translation>
    </message>
    <message>
        <source>--key-stdin was given, but standard input was empty.</source>
        <translation>--key-stdin foi informado, mas a entrada padrão estava vazia.</translation>
    </message>
    <message>
        <source>No agency API key: give it on the first line of standard input with --key-stdin, in the environment variable TOKENDESK_API_KEY, or with --profile NAME from the keychain. To try TokenDesk without a key, use --demo.</source>
        <translation>Nenhuma chave de API da agência: forneça-a na primeira linha da entrada padrão com --key-stdin, na variável de ambiente TOKENDESK_API_KEY ou com --profile NOME, a partir do chaveiro do sistema. Para experimentar o TokenDesk sem uma chave, use --demo.</translation>
    </message>
    <message>
        <source>Give the key with --key-stdin or TOKENDESK_API_KEY instead.</source>
        <translation>Em vez disso, forneça a chave com --key-stdin ou TOKENDESK_API_KEY.</translation>
    </message>
    <message>
        <source>No profiles are saved yet; save one in the TokenDesk window.</source>
        <translation>Ainda não há perfis salvos; salve um na janela do TokenDesk.</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>Perfis salvos: %1.</translation>
    </message>
    <message>
        <source>There is no profile “%1”.</source>
        <translation>Não existe o perfil “%1”.</translation>
    </message>
    <message>
        <source>The profile “%1” does not keep its key in the keychain.</source>
        <translation>O perfil “%1” não guarda sua chave no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds above 0 and at most %L1 (a day), not “%2”.</source>
        <translation>--timeout deve ser um número de segundos maior que 0 e no máximo %L1 (um dia), não “%2”.</translation>
    </message>
    <message>
        <source>Note: the agency API key began with “Bearer ”; TokenDesk adds that itself, so it was left out.</source>
        <translation>Observação: a chave de API da agência começava com “Bearer ”; o TokenDesk já adiciona isso, então foi removido.</translation>
    </message>
    <message>
        <source>Ctrl+C (SIGINT)</source>
        <translation>Ctrl+C (SIGINT)</translation>
    </message>
    <message>
        <source>The output could not be written (%1), so the run stopped: nothing more is sent.</source>
        <translation>Não foi possível gravar a saída (%1), então a execução parou: nada mais é enviado.</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers; no token was requested.</source>
        <translation>Interrompido por %1: a lista de clientes parou após %2 clientes; nenhum token foi solicitado.</translation>
    </message>
    <message>
        <source>Interrupted by %1: the customer list stopped after %2 customers, and those are written out.</source>
        <translation>Interrompido por %1: a lista de clientes parou após %2 clientes, que foram gravados na saída.</translation>
    </message>
    <message>
        <source>Interrupted by %1: %2 of %3 finished and written out, %4 of them with a token.</source>
        <translation>Interrompido por %1: %2 de %3 terminaram e foram gravados na saída, %4 deles com token.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <source>Not sent or stopped in flight (%1): %2</source>
        <translation>Não enviados ou interrompidos em andamento (%1): %2</translation>
    </message>
    <message>
        <source>The output could not be written (%1).</source>
        <translation>Não foi possível gravar a saída (%1).</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerBrowser</name>
    <message numerus="yes">
        <source>Loading… page %1, %Ln customer(s) so far</source>
        <translation>
            <numerusform>Carregando… página %1, %Ln cliente até agora</numerusform>
            <numerusform>Carregando… página %1, %Ln clientes até agora</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the customer list…</source>
        <translation>Carregando a lista de clientes…</translation>
    </message>
    <message>
        <source>No customer matches the filter.</source>
        <translation>Nenhum cliente corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No customers loaded yet. Press Load customers to list the agency&apos;s customers, then fetch the tokens of the ones you pick.</source>
        <translation>Nenhum cliente carregado ainda. Clique em Carregar clientes para listar os clientes da agência e depois busque os tokens dos que você escolher.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerLister</name>
    <message>
        <source>Customers listed: %L1.</source>
        <translation>Clientes listados: %L1.</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list ended at page %L2, where the server stopped sending new customers.</source>
        <translation>Clientes listados: %L1. A lista terminou na página %L2, onde o servidor parou de enviar novos clientes.</translation>
    </message>
    <message>
        <source>Customers listed: %L1. The list may be incomplete: it stopped after %L2 pages, the most TokenDesk reads.</source>
        <translation>Clientes listados: %L1. A lista pode estar incompleta: ela parou após %L2 páginas, o máximo que o TokenDesk lê.</translation>
    </message>
    <message>
        <source>Listing the customers was cancelled; customers listed so far: %L1.</source>
        <translation>A listagem dos clientes foi cancelada; clientes listados até agora: %L1.</translation>
    </message>
    <message>
        <source>The customer list could not be read (page %L1): %2</source>
        <translation>Não foi possível ler a lista de clientes (página %L1): %2</translation>
    </message>
    <message>
        <source>Entries without an ID, left out: %L1.</source>
        <translation>Entradas sem ID, deixadas de fora: %L1.</translation>
    </message>
    <message>
        <source>Listing the customers stopped because the agency API key was rejected; customers listed so far: %L1.</source>
        <translation>A listagem dos clientes parou porque a chave de API da agência foi rejeitada; clientes listados até agora: %L1.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerParser</name>
    <message>
        <source>The server&apos;s reply does not hold a customer list in the expected form.</source>
        <translation>A resposta do servidor não contém uma lista de clientes no formato esperado.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Último login</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuário</translation>
    </message>
</context>
<context>
    <name>TokenDesk::FailureDetails</name>
    <message>
        <source>Copy failure reasons</source>
        <translation>Copiar os motivos das falhas</translation>
    </message>
    <message>
        <source>Why %1 failed: %2</source>
        <translation>Por que %1 falhou: %2</translation>
    </message>
    <message>
        <source>No row failed.</source>
        <translation>Nenhuma linha falhou.</translation>
    </message>
    <message numerus="yes">
        <source>Copied why %Ln row(s) failed.</source>
        <translation>
            <numerusform>Copiado o motivo da falha de %Ln linha.</numerusform>
            <numerusform>Copiados os motivos da falha de %Ln linhas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::FetchQueue</name>
    <message>
        <source>Cancelled before it finished.</source>
        <translation>Cancelado antes de terminar.</translation>
    </message>
    <message>
        <source>Not sent: the agency API key was rejected.</source>
        <translation>Não enviado: a chave de API da agência foi rejeitada.</translation>
    </message>
    <message>
        <source>Not fetched: the server has no partner API at this address (HTTP 404 for another user ID): check the base URL.</source>
        <translation>Não obtido: o servidor não tem uma API de parceiros neste endereço (HTTP 404 para outro ID de usuário): verifique a URL base.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::IdFileReader</name>
    <message>
        <source>Line %1: %2 Skipped.</source>
        <translation>Linha %1: %2 Ignorada.</translation>
    </message>
    <message>
        <source>Line %1 has no email; skipped.</source>
        <translation>A linha %1 não tem e-mail; ignorada.</translation>
    </message>
    <message>
        <source>Line %1 has no type; skipped.</source>
        <translation>A linha %1 não tem tipo; ignorada.</translation>
    </message>
    <message>
        <source>Line %1 has the type “%2”, not AGENT, CUSTOM_USER or CUSTOMER; skipped.</source>
        <translation>A linha %1 tem o tipo “%2”, e não AGENT, CUSTOM_USER ou CUSTOMER; ignorada.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… e mais %1.</translation>
    </message>
    <message>
        <source>The file holds no team members.</source>
        <translation>O arquivo não contém membros da equipe.</translation>
    </message>
    <message>
        <source>The file holds no user IDs.</source>
        <translation>O arquivo não contém IDs de usuário.</translation>
    </message>
    <message>
        <source>Line %1 has fewer columns than the header; skipped.</source>
        <translation>A linha %1 tem menos colunas que o cabeçalho; ignorada.</translation>
    </message>
    <message>
        <source>Line %1 has no %2; skipped.</source>
        <translation>A linha %1 não tem %2; ignorada.</translation>
    </message>
    <message>
        <source>This is UTF-16 text; save the file as UTF-8.</source>
        <translation>Este é um texto em UTF-16; salve o arquivo como UTF-8.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds NUL bytes.</source>
        <translation>Este não é um arquivo de texto: ele contém bytes NUL.</translation>
    </message>
    <message>
        <source>This is not a text file in UTF-8. If a spreadsheet wrote it, save it as “CSV UTF-8”.</source>
        <translation>Este não é um arquivo de texto em UTF-8. Se ele foi gerado por uma planilha, salve-o como “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB, too large for a list of user IDs.</source>
        <translation>O arquivo tem mais de 64 MiB, grande demais para uma lista de IDs de usuário.</translation>
    </message>
    <message>
        <source>Line %1 looks like a CSV header, but it has no userId or _id column, nor email and type columns.</source>
        <translation>A linha %1 parece um cabeçalho CSV, mas não tem coluna userId ou _id, nem colunas email e type.</translation>
    </message>
    <message>
        <source>Line %1 has a quote that is never closed.</source>
        <translation>A linha %1 tem aspas que nunca são fechadas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Isto é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>This looks like UTF-16 text without a byte order mark; save the file as UTF-8.</source>
        <translation>Parece um texto em UTF-16 sem marca de ordem de bytes; salve o arquivo como UTF-8.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPanel</name>
    <message>
        <source>Enter at least one team member&apos;s e-mail.</source>
        <translation>Digite o e-mail de pelo menos um membro da equipe.</translation>
    </message>
    <message>
        <source>Enter at least one customer user ID.</source>
        <translation>Digite pelo menos um ID de usuário de cliente.</translation>
    </message>
    <message>
        <source>Team mem&amp;ber e-mails:</source>
        <translation>E-mails dos membros da e&amp;quipe:</translation>
    </message>
    <message>
        <source>Customer &amp;user IDs:</source>
        <translation>&amp;IDs de usuário dos clientes:</translation>
    </message>
    <message>
        <source>Team member e-mails</source>
        <translation>E-mails dos membros da equipe</translation>
    </message>
    <message>
        <source>Customer user IDs</source>
        <translation>IDs de usuário dos clientes</translation>
    </message>
    <message>
        <source>One e-mail address, or many separated by commas, spaces or new lines.</source>
        <translation>Um endereço de e-mail, ou vários separados por vírgulas, espaços ou quebras de linha.</translation>
    </message>
    <message>
        <source>One user ID, or many separated by commas, spaces or new lines. Enter fetches; Shift+Enter starts a new line.</source>
        <translation>Um ID de usuário, ou vários separados por vírgulas, espaços ou quebras de linha. Enter busca; Shift+Enter inicia uma nova linha.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::InputPolicy</name>
    <message>
        <source>“%1” is not a valid URL. Use the form https://host.</source>
        <translation>“%1” não é uma URL válida. Use o formato https://host.</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name, a query or a fragment.</source>
        <translation>A URL base não pode conter nome de usuário, consulta nem fragmento.</translation>
    </message>
    <message>
        <source>Plain http:// would send the agency key unencrypted; it is only allowed for this computer (localhost). Use https://.</source>
        <translation>O http:// simples enviaria a chave da agência sem criptografia; ele só é permitido para este computador (localhost). Use https://.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>A URL base deve começar com https://.</translation>
    </message>
    <message>
        <source>Enter the agency API key.</source>
        <translation>Digite a chave de API da agência.</translation>
    </message>
    <message>
        <source>The agency API key contains a line break or another control character. Paste the key again.</source>
        <translation>A chave de API da agência contém uma quebra de linha ou outro caractere de controle. Cole a chave novamente.</translation>
    </message>
    <message>
        <source>The agency API key contains characters that cannot be sent in an HTTP header. Paste the key again.</source>
        <translation>A chave de API da agência contém caracteres que não podem ser enviados em um cabeçalho HTTP. Cole a chave novamente.</translation>
    </message>
    <message>
        <source>The user ID is empty.</source>
        <translation>O ID de usuário está vazio.</translation>
    </message>
    <message>
        <source>The user ID contains a control character.</source>
        <translation>O ID de usuário contém um caractere de controle.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>O endereço de e-mail está vazio.</translation>
    </message>
    <message>
        <source>The e-mail address contains a control character.</source>
        <translation>O endereço de e-mail contém um caractere de controle.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @.</source>
        <translation>Um endereço de e-mail precisa de um @.</translation>
    </message>
    <message>
        <source>The base URL&apos;s port must be from 1 to 65535, not 0.</source>
        <translation>A porta da URL base deve estar entre 1 e 65535, não 0.</translation>
    </message>
    <message>
        <source>The agency API key is %L1 characters long, more than the %L2 an agency key can be. Paste the key again.</source>
        <translation>A chave de API da agência tem %L1 caracteres, mais do que os %L2 que uma chave de agência pode ter. Cole a chave novamente.</translation>
    </message>
    <message>
        <source>The user ID is %L1 characters long, more than the %L2 a user ID can be.</source>
        <translation>O ID de usuário tem %L1 caracteres, mais do que os %L2 que um ID de usuário pode ter.</translation>
    </message>
    <message>
        <source>The user ID contains an invisible character (U+%1) inside it; type the ID again.</source>
        <translation>O ID de usuário contém um caractere invisível (U+%1) no meio; digite o ID novamente.</translation>
    </message>
    <message>
        <source>The e-mail address is %L1 characters long, more than the %L2 an address can be.</source>
        <translation>O endereço de e-mail tem %L1 caracteres, mais do que os %L2 que um endereço pode ter.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeyVault</name>
    <message>
        <source>No keychain is available (%1). Install and start a Secret Service such as GNOME Keyring or KWallet; until then the key is kept in memory for this session only.</source>
        <translation>Nenhum chaveiro do sistema está disponível (%1). Instale e inicie um Secret Service, como o GNOME Keyring ou o KWallet; até lá, a chave fica na memória apenas durante esta sessão.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1); until it can, the key is kept in memory for this session only.</source>
        <translation>Não foi possível usar o chaveiro do sistema (%1); até que seja possível, a chave fica na memória apenas durante esta sessão.</translation>
    </message>
    <message>
        <source>No agency key is stored in the keychain for the profile “%1”.</source>
        <translation>Não há chave da agência guardada no chaveiro do sistema para o perfil “%1”.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused; until it is allowed, the key is kept in memory for this session only.</source>
        <translation>O acesso ao chaveiro do sistema foi recusado; até que seja permitido, a chave fica na memória apenas durante esta sessão.</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erro %1</translation>
    </message>
    <message>
        <source>There is no key to store.</source>
        <translation>Não há chave para guardar.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %Ln second(s); it may be waiting for a password prompt. Unlock it and try again.</source>
        <translation>
            <numerusform>O chaveiro do sistema não respondeu em %Ln segundo; ele pode estar aguardando a digitação de uma senha. Desbloqueie-o e tente novamente.</numerusform>
            <numerusform>O chaveiro do sistema não respondeu em %Ln segundos; ele pode estar aguardando a digitação de uma senha. Desbloqueie-o e tente novamente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>Cleared the copied token from the clipboard.</source>
        <translation>O token copiado foi apagado da área de transferência.</translation>
    </message>
    <message>
        <source>The system did not let TokenDesk clear the clipboard: the token may still be on it.</source>
        <translation>O sistema não permitiu que o TokenDesk limpasse a área de transferência: o token ainda pode estar nela.</translation>
    </message>
    <message>
        <source>TokenDesk — demo mode</source>
        <translation>TokenDesk — modo de demonstração</translation>
    </message>
    <message>
        <source>Demo mode: press Fetch tokens to try the sample customers.</source>
        <translation>Modo de demonstração: clique em Buscar tokens para experimentar os clientes de exemplo.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln token(s)…</source>
        <translation>
            <numerusform>Buscando %Ln token…</numerusform>
            <numerusform>Buscando %Ln tokens…</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>Lista de clientes</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Sem chaveiro do sistema</translation>
    </message>
    <message>
        <source>Clipboard countdown</source>
        <translation>Contagem regressiva da área de transferência</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %Ln s</source>
        <translation>
            <numerusform>A área de transferência será limpa em %Ln s</numerusform>
            <numerusform>A área de transferência será limpa em %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <source>Fetch the tokens of the IDs entered above (%1)</source>
        <translation>Busca os tokens dos IDs digitados acima (%1)</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>Tokens buscados</translation>
    </message>
    <message>
        <source>Those user IDs are already in the table or on their way; Retry failed sends the failed ones again.</source>
        <translation>Esses IDs de usuário já estão na tabela ou a caminho; Repetir falhas envia de novo os que falharam.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %Ln new token(s); the other user IDs are already in the table or on their way.</source>
        <translation>
            <numerusform>Buscando %Ln token novo; os outros IDs de usuário já estão na tabela ou a caminho.</numerusform>
            <numerusform>Buscando %Ln tokens novos; os outros IDs de usuário já estão na tabela ou a caminho.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::NetworkError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>O servidor recusou a conexão.</translation>
    </message>
    <message>
        <source>The server closed the connection before it finished answering.</source>
        <translation>O servidor fechou a conexão antes de terminar de responder.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found. Check the base URL and the network.</source>
        <translation>O nome do servidor não foi encontrado. Verifique a URL base e a rede.</translation>
    </message>
    <message>
        <source>The connection to the server timed out.</source>
        <translation>O tempo limite da conexão com o servidor se esgotou.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established.</source>
        <translation>Não foi possível estabelecer a conexão segura com o servidor.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>A rede não está disponível.</translation>
    </message>
    <message>
        <source>The proxy server could not be used.</source>
        <translation>Não foi possível usar o servidor proxy.</translation>
    </message>
    <message>
        <source>The server redirected the request somewhere TokenDesk will not follow.</source>
        <translation>O servidor redirecionou a requisição para um destino que o TokenDesk não seguirá.</translation>
    </message>
    <message>
        <source>The server&apos;s reply broke the HTTP protocol.</source>
        <translation>A resposta do servidor violou o protocolo HTTP.</translation>
    </message>
    <message>
        <source>The request failed because of a network problem.</source>
        <translation>A requisição falhou devido a um problema de rede.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is self-signed or its issuer is unknown. If a corporate TLS proxy or a test server issued it, trust that CA certificate.</source>
        <translation>O certificado do servidor não é confiável: ele é autoassinado ou seu emissor é desconhecido. Se ele foi emitido por um proxy TLS corporativo ou por um servidor de testes, confie nesse certificado de CA.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired or is not valid yet. Check this computer&apos;s date and time.</source>
        <translation>O certificado do servidor expirou ou ainda não é válido. Verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate belongs to another host name than the base URL&apos;s.</source>
        <translation>O certificado do servidor pertence a um nome de host diferente do da URL base.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused.</source>
        <translation>O certificado do servidor foi recusado.</translation>
    </message>
    <message numerus="yes">
        <source>No reply from the server within %Ln second(s).</source>
        <translation>
            <numerusform>Nenhuma resposta do servidor em %Ln segundo.</numerusform>
            <numerusform>Nenhuma resposta do servidor em %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1, far more than a token needs; it was dropped.</source>
        <translation>A resposta do servidor era maior que %1, muito mais do que um token precisa; ela foi descartada.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PartnerApi</name>
    <message>
        <source>Enter the agency API key first.</source>
        <translation>Digite primeiro a chave de API da agência.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file “%1”: %2.</source>
        <translation>Não é possível ler o arquivo de certificado de CA “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>“%1” não contém nenhum certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>Customer list pages are numbered from 1.</source>
        <translation>As páginas da lista de clientes são numeradas a partir de 1.</translation>
    </message>
    <message>
        <source>A page of the customer list was larger than %1; it was dropped.</source>
        <translation>Uma página da lista de clientes era maior que %1; ela foi descartada.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A requisição foi cancelada.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileController</name>
    <message>
        <source>Opened the profile “%1”.</source>
        <translation>Perfil “%1” aberto.</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: enter it.</source>
        <translation>Não há chave guardada para “%1”: digite-a.</translation>
    </message>
    <message>
        <source>Saved the profile “%1”.</source>
        <translation>Perfil “%1” salvo.</translation>
    </message>
    <message>
        <source>The key of “%1” is in the system keychain.</source>
        <translation>A chave de “%1” está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1” and its stored key.</source>
        <translation>O perfil “%1” e sua chave guardada foram excluídos.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>A profile name can be at most %1 characters long.</source>
        <translation>Um nome de perfil pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A profile name cannot contain “/”.</source>
        <translation>Um nome de perfil não pode conter “/”.</translation>
    </message>
    <message>
        <source>A profile name cannot contain control or invisible characters.</source>
        <translation>Um nome de perfil não pode conter caracteres de controle ou invisíveis.</translation>
    </message>
    <message>
        <source>A profile name cannot begin or end with a space.</source>
        <translation>Um nome de perfil não pode começar nem terminar com espaço.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ReplyParser</name>
    <message>
        <source>The server said: “%1”</source>
        <translation>O servidor disse: “%1”</translation>
    </message>
    <message>
        <source>The agency API key was rejected (HTTP %1). Check the key and try again.</source>
        <translation>A chave de API da agência foi rejeitada (HTTP %1). Verifique a chave e tente novamente.</translation>
    </message>
    <message>
        <source>The server has no customer list at this address (HTTP %1). Check the base URL.</source>
        <translation>O servidor não tem uma lista de clientes neste endereço (HTTP %1). Verifique a URL base.</translation>
    </message>
    <message>
        <source>No customer with this user ID.</source>
        <translation>Nenhum cliente com este ID de usuário.</translation>
    </message>
    <message>
        <source>Too many requests: the server asked TokenDesk to slow down.</source>
        <translation>Requisições demais: o servidor pediu ao TokenDesk para diminuir o ritmo.</translation>
    </message>
    <message>
        <source>The BotPenguin server had a problem (HTTP %1). Try again later.</source>
        <translation>O servidor do BotPenguin teve um problema (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server did not accept this request (HTTP %1).</source>
        <translation>O servidor não aceitou esta requisição (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected reply from the server (HTTP %1).</source>
        <translation>Resposta inesperada do servidor (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an empty reply.</source>
        <translation>O servidor enviou uma resposta vazia.</translation>
    </message>
    <message>
        <source>The server sent a web page instead of data.</source>
        <translation>O servidor enviou uma página da web em vez de dados.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON.</source>
        <translation>A resposta do servidor não é um JSON válido.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no success flag.</source>
        <translation>A resposta do servidor não tem o indicador de sucesso.</translation>
    </message>
    <message>
        <source>The server refused the request without saying why.</source>
        <translation>O servidor recusou a requisição sem informar o motivo.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not hold a token in the expected form.</source>
        <translation>A resposta do servidor não contém um token no formato esperado.</translation>
    </message>
    <message>
        <source>The server has no partner API at this address (HTTP 404): check the base URL.</source>
        <translation>O servidor não tem uma API de parceiros neste endereço (HTTP 404): verifique a URL base.</translation>
    </message>
    <message>
        <source>The server has no partner API at %1 (HTTP 404): check the base URL.</source>
        <translation>O servidor não tem uma API de parceiros em %1 (HTTP 404): verifique a URL base.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RetryPolicy</name>
    <message numerus="yes">
        <source>The server asked TokenDesk to wait %Ln second(s) before trying again, longer than the %1 seconds it waits. Try again later.</source>
        <translation>
            <numerusform>O servidor pediu ao TokenDesk que esperasse %Ln segundo antes de tentar novamente, mais do que os %1 segundos que ele espera. Tente novamente mais tarde.</numerusform>
            <numerusform>O servidor pediu ao TokenDesk que esperasse %Ln segundos antes de tentar novamente, mais do que os %1 segundos que ele espera. Tente novamente mais tarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::Session</name>
    <message>
        <source>The work running now keeps the agency API key it started with: cancel it or let it finish, then use the new key.</source>
        <translation>O trabalho em andamento mantém a chave de API da agência com que começou: cancele-o ou deixe-o terminar e depois use a chave nova.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ShortcutsDialog</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>Fetch, in the user ID or key field</source>
        <translation>Buscar, no campo de IDs de usuário ou da chave</translation>
    </message>
    <message>
        <source>Start a new line in the user ID field</source>
        <translation>Iniciar uma nova linha no campo de IDs de usuário</translation>
    </message>
    <message>
        <source>Show or hide one token</source>
        <translation>Mostrar ou ocultar um token</translation>
    </message>
    <message>
        <source>Double-click the token</source>
        <translation>Clique duplo no token</translation>
    </message>
    <message>
        <source>Fetch the selected customers&apos; tokens</source>
        <translation>Buscar os tokens dos clientes selecionados</translation>
    </message>
    <message>
        <source>%1 or double-click</source>
        <translation>%1 ou clique duplo</translation>
    </message>
    <message>
        <source>Open the context menu of the tokens table</source>
        <translation>Abrir o menu de contexto da tabela de tokens</translation>
    </message>
    <message>
        <source>Next or previous tab</source>
        <translation>Aba seguinte ou anterior</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Controle seguinte ou anterior</translation>
    </message>
    <message>
        <source>Go to the menu or field of an underlined letter</source>
        <translation>Ir para o menu ou campo de uma letra sublinhada</translation>
    </message>
    <message>
        <source>%1 and the underlined letter</source>
        <translation>%1 e a letra sublinhada</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenExport</name>
    <message>
        <source>No file name was given.</source>
        <translation>Nenhum nome de arquivo foi informado.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Não foi possível criar %1: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2</source>
        <translation>Não foi possível tornar %1 privado: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenForgetter</name>
    <message>
        <source>Tokens forgotten: TokenDesk was not used for a while.</source>
        <translation>Tokens esquecidos: o TokenDesk ficou um tempo sem uso.</translation>
    </message>
    <message>
        <source>Tokens forgotten: the screen was locked.</source>
        <translation>Tokens esquecidos: a tela foi bloqueada.</translation>
    </message>
    <message>
        <source>Tokens forgotten: the computer was going to sleep.</source>
        <translation>Tokens esquecidos: o computador ia entrar em suspensão.</translation>
    </message>
    <message>
        <source>Fetch &amp;again</source>
        <extracomment>Fetches the tokens that were forgotten for safety (idle time, screen lock, sleep).</extracomment>
        <translation>Obter &amp;novamente</translation>
    </message>
    <message>
        <source>Fetch the tokens that were forgotten for safety</source>
        <translation>Obter os tokens que foram esquecidos por segurança</translation>
    </message>
    <message>
        <source>Fetch again</source>
        <translation>Obter novamente</translation>
    </message>
    <message>
        <source>%1 The system did not let TokenDesk clear the clipboard: the token may still be on it. TokenDesk tries again when its window is active.</source>
        <extracomment>%1 is why the tokens were forgotten, e.g. &quot;Tokens forgotten: the screen was locked.&quot;</extracomment>
        <translation>%1 O sistema não deixou o TokenDesk limpar a área de transferência: o token ainda pode estar nela. O TokenDesk tentará de novo quando a janela dele estiver ativa.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenTableModel</name>
    <message>
        <source>Queued</source>
        <extracomment>A row&apos;s state: its token is waiting to be fetched.</extracomment>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it works.</extracomment>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>The token&apos;s state on BotPenguin (a badge): it was switched off.</extracomment>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>A row&apos;s state: fetching its token failed.</extracomment>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Column header above each row&apos;s copy button.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this token to the clipboard</source>
        <translation>Copia este token para a área de transferência</translation>
    </message>
    <message>
        <source>Hidden token ending in %1</source>
        <translation>Token oculto terminado em %1</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuário</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Column header: the customer&apos;s API token (a secret).</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fetched at</source>
        <extracomment>Column header: the date and time the token was fetched.</extracomment>
        <translation>Buscado em</translation>
    </message>
    <message>
        <source>TokenDesk forgot this token for safety. Fetch again fetches it.</source>
        <translation>O TokenDesk esqueceu este token por segurança. Obter novamente o obtém outra vez.</translation>
    </message>
    <message>
        <source>Forgotten for safety</source>
        <extracomment>In the token column: the token was dropped from memory (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>Esquecido por segurança</translation>
    </message>
    <message>
        <source>TokenDesk stopped fetching this token when it forgot the tokens for safety. Fetch again fetches it.</source>
        <translation>O TokenDesk parou de obter este token quando esqueceu os tokens por segurança. &quot;Obter novamente&quot; o obtém.</translation>
    </message>
    <message>
        <source>Not fetched: stopped when the tokens were forgotten</source>
        <extracomment>In the token column: the token was still being fetched when the tokens were forgotten (idle time, screen lock or sleep); Fetch again fetches it.</extracomment>
        <translation>Não obtido: interrompido quando os tokens foram esquecidos</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokensPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>No row matches the filter.</source>
        <translation>Nenhuma linha corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No tokens yet. Enter the agency API key and customer user IDs above, then press Fetch tokens (%1). You can also import a file of user IDs (%2), or pick customers on the Customer list tab.</source>
        <translation>Ainda não há tokens. Digite acima a chave de API da agência e os IDs de usuário dos clientes e clique em Buscar tokens (%1). Você também pode importar um arquivo de IDs de usuário (%2) ou escolher clientes na aba Lista de clientes.</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Ainda não há nada para exportar.</translation>
    </message>
    <message>
        <source>Export tokens</source>
        <translation>Exportar tokens</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold %Ln row(s) with their tokens in plain text. Anyone who can read the file can use the tokens. Export?</source>
        <translation>
            <numerusform>O arquivo conterá %Ln linha com o token em texto simples. Qualquer pessoa que puder ler o arquivo poderá usar o token. Exportar?</numerusform>
            <numerusform>O arquivo conterá %Ln linhas com os tokens em texto simples. Qualquer pessoa que puder ler o arquivo poderá usar os tokens. Exportar?</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Arquivos CSV (*.csv);;Arquivos JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1, readable by you only.</source>
        <translation>
            <numerusform>%Ln linha exportada para %1, legível apenas por você.</numerusform>
            <numerusform>%Ln linhas exportadas para %1, legíveis apenas por você.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import user IDs</source>
        <translation>Importar IDs de usuário</translation>
    </message>
    <message>
        <source>Lists and CSV files (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listas e arquivos CSV (*.txt *.csv *.tsv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Não é possível importar %1</translation>
    </message>
    <message>
        <source>Some lines of %1 were skipped</source>
        <translation>Algumas linhas de %1 foram ignoradas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) could not be used; the other IDs are being fetched.</source>
        <translation>
            <numerusform>%Ln linha não pôde ser usada; os demais IDs estão sendo buscados.</numerusform>
            <numerusform>%Ln linhas não puderam ser usadas; os demais IDs estão sendo buscados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a row with a token to copy.</source>
        <translation>Selecione uma linha com um token para copiar.</translation>
    </message>
    <message>
        <source>Copied the user ID and token for %1.</source>
        <translation>ID de usuário e token de %1 copiados.</translation>
    </message>
    <message>
        <source>Copied the token for %1.</source>
        <translation>Token de %1 copiado.</translation>
    </message>
    <message>
        <source>Select a row to copy its token.</source>
        <translation>Selecione uma linha para copiar o token dela.</translation>
    </message>
    <message>
        <source>There is no token to copy for %1.</source>
        <translation>Não há token para copiar de %1.</translation>
    </message>
    <message>
        <source>Cleared the table: no token is kept in memory.</source>
        <translation>Tabela limpa: nenhum token é mantido na memória.</translation>
    </message>
    <message>
        <source>Nothing was exported: tokens were forgotten for safety while the export was being set up. Fetch them again, then export.</source>
        <translation>Nada foi exportado: os tokens foram esquecidos por segurança enquanto a exportação era preparada. Obtenha-os novamente e depois exporte.</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>Filter by user ID, customer or error</source>
        <translation>Filtrar por ID de usuário, cliente ou erro</translation>
    </message>
    <message>
        <source>Filter tokens</source>
        <translation>Filtrar tokens</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>Mostrar status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Repetir falhas</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Repetir falhas</translation>
    </message>
    <message>
        <source>Fetched tokens</source>
        <translation>Tokens buscados</translation>
    </message>
    <message>
        <source>Tokens are masked. Enter or a double-click shows the current row&apos;s token; Ctrl+C copies it.</source>
        <translation>Os tokens ficam mascarados. Enter ou um clique duplo mostra o token da linha atual; Ctrl+C o copia.</translation>
    </message>
    <message>
        <source>Why the row failed</source>
        <translation>Por que a linha falhou</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fetch BotPenguin customers&apos; API tokens.</source>
        <translation>Busca os tokens de API dos clientes do BotPenguin.</translation>
    </message>
    <message>
        <source>Try TokenDesk against its built-in sandbox.</source>
        <translation>Experimenta o TokenDesk com seu ambiente de testes integrado.</translation>
    </message>
    <message>
        <source>The partner API&apos;s address (https://, or http:// for localhost). Overrides TOKENDESK_BASE_URL.</source>
        <translation>O endereço da API de parceiros (https://, ou http:// para localhost). Substitui TOKENDESK_BASE_URL.</translation>
    </message>
    <message>
        <source>Describe each request and reply on standard error, with the key and tokens shown as ***.</source>
        <translation>Descreve cada requisição e resposta na saída de erro padrão, com a chave e os tokens exibidos como ***.</translation>
    </message>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>The demo sandbox could not listen on a loopback port.</source>
        <translation>O ambiente de testes da demonstração não conseguiu escutar em uma porta de loopback.</translation>
    </message>
</context>
</TS>

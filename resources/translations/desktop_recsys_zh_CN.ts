<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbTestPanel</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="122"/>
        <source>For you shows one list mixed from two recommenders, without saying which placed what. What you play, finish, rate or mark “not interested” counts for the one that placed it; skips count for neither.</source>
        <extracomment>The main window (it imports the Lab): typed loosely here. A test started or stopped: For you&apos;s list changes.</extracomment>
        <translation>“为你推荐”显示一个由两个推荐器混合而成的列表，不说明哪一项由谁放入。你播放、播完、评分或标为“不感兴趣”的条目，记在放入它的推荐器名下；跳过不记给任何一方。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="129"/>
        <source>Recommender A</source>
        <translation>推荐器 A</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="130"/>
        <source>Recommender B</source>
        <translation>推荐器 B</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="131"/>
        <source>Whose test</source>
        <translation>谁的测试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="133"/>
        <source>Which items to test on</source>
        <translation>用哪类条目测试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="140"/>
        <source>How long the test runs</source>
        <translation>测试进行多久</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="141"/>
        <source>Unit of the length</source>
        <translation>时长的单位</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="142"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="143"/>
        <source>interactions</source>
        <translation>交互数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="144"/>
        <source>&amp;Start the test</source>
        <translation>开始测试(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="146"/>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="186"/>
        <source>Recommender &amp;A:</source>
        <translation>推荐器 A(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="186"/>
        <source>Recommender &amp;B:</source>
        <translation>推荐器 B(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="187"/>
        <source>P&amp;rofile:</source>
        <translation>用户(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="187"/>
        <source>&amp;Items:</source>
        <translation>条目(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="197"/>
        <source>Run &amp;for:</source>
        <translation>进行(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="287"/>
        <source>Choose two recommenders and a profile first.</source>
        <translation>请先选择两个推荐器和一个用户。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="290"/>
        <source>Choose two different recommenders.</source>
        <translation>请选择两个不同的推荐器。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="368"/>
        <source>Blind test started: For you now mixes the two lists</source>
        <translation>盲测已开始：“为你推荐”现在混合两个列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="373"/>
        <source>Blind test stopped</source>
        <translation>盲测已停止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="388"/>
        <source>No blind test yet for this profile and items.</source>
        <translation>这个用户和这类条目还没有盲测。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="400"/>
        <source>A: {0} ({1})</source>
        <translation>A：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="401"/>
        <source>B: {0} ({1})</source>
        <translation>B：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="403"/>
        <source>{0} {1} %, {2} {3} %</source>
        <translation>{0} {1}%，{2} {3}%</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="416"/>
        <source>Running since {0}; ends {1}</source>
        <translation>自 {0} 起进行中；{1} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="418"/>
        <source>Running since {0}; ends after {1} credited interactions</source>
        <translation>自 {0} 起进行中；计入 {1} 次交互后结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="423"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="424"/>
        <source>its time was up</source>
        <translation>时间已到</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="425"/>
        <source>it reached its interactions</source>
        <translation>已达到交互次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="427"/>
        <source>Ran from {0} to {1} ({2})</source>
        <translation>从 {0} 进行到 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="432"/>
        <source>Credited: {0} plays, {1} finishes, {2} ratings, {3} “not interested”; lists shown: {4}.</source>
        <translation>计入：{0} 次播放，{1} 次播完，{2} 个评分，{3} 个“不感兴趣”；显示过的列表：{4} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="440"/>
        <source>{0}. {1}</source>
        <translation>{0}。{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="476"/>
        <source>On me</source>
        <translation>在我身上试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/ab_test.py" line="477"/>
        <source>Try two recommenders on me (a blind test)</source>
        <translation>在我身上试两个推荐器（盲测）</translation>
    </message>
</context>
<context>
    <name>Algorithms</name>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="151"/>
        <source>default</source>
        <extracomment>Algorithm names that are words rather than names (``als``, ``ease`` stay as they are).</extracomment>
        <translation>默认算法</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="42"/>
        <source>Edit “{0}”</source>
        <translation>编辑“{0}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="44"/>
        <source>Edit %n item(s)</source>
        <translation>
            <numerusform>编辑 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="45"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="47"/>
        <source>&amp;Artist / director:</source>
        <translation>艺术家/导演(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="48"/>
        <source>Al&amp;bum:</source>
        <translation>专辑(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="49"/>
        <source>Album a&amp;rtist:</source>
        <translation>专辑艺术家(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="50"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="52"/>
        <source>&amp;Genres (comma-separated):</source>
        <translation>类型（逗号分隔）(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="53"/>
        <source>&amp;Certification:</source>
        <translation>分级(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="58"/>
        <source>&lt;b&gt;Change&lt;/b&gt;</source>
        <translation>&lt;b&gt;更改&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="61"/>
        <source>Change {0}</source>
        <translation>更改{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="69"/>
        <source>(various)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="81"/>
        <source>As written on the film: G, PG, PG-13, R, NC-17; U, 12A, 15, 18; FSK 0 to FSK 18; or an age such as 12. Profiles&apos; limits compare it as a minimum age.</source>
        <translation>按影片上标注的写法：G、PG、PG-13、R、NC-17；U、12A、15、18；FSK 0 至 FSK 18；或一个年龄，如 12。用户的限制按最低年龄比较。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="89"/>
        <source>Only ticked fields are changed; typing in a field ticks it. A blank ticked field clears that field on every item.</source>
        <translation>只更改勾选的字段；在字段中输入会自动勾选。勾选但留空的字段会清除所有条目的该字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="98"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="126"/>
        <source>Change explicit</source>
        <translation>更改“含露骨内容”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="129"/>
        <source>Not explicit</source>
        <translation>不含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="129"/>
        <source>Explicit</source>
        <translation>含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="130"/>
        <source>Explicit lyrics</source>
        <translation>露骨歌词</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="135"/>
        <source>E&amp;xplicit lyrics:</source>
        <translation>露骨歌词(&amp;X)：</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/column_chooser.py" line="46"/>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/column_chooser.py" line="60"/>
        <source>Fit columns</source>
        <translation>适应列宽</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/column_chooser.py" line="62"/>
        <source>Size every column to its content and the table&apos;s width</source>
        <translation>按内容和表格宽度调整每一列</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/column_chooser.py" line="63"/>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/column_chooser.py" line="65"/>
        <source>Show every column in its first order, fitted</source>
        <translation>按最初的顺序显示每一列并适应列宽</translation>
    </message>
</context>
<context>
    <name>CreditRoles</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="60"/>
        <source>Director</source>
        <extracomment>Credit roles importers write (&quot;director&quot; from IMDb and Kodi .nfo files, the demo&apos;s &quot;actor&quot; and &quot;performer&quot;, &quot;credit&quot; when a source names none): shown in the interface&apos;s language; a role a source named otherwise stays as it is.</extracomment>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="61"/>
        <source>Actor</source>
        <translation>演员</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="62"/>
        <source>Performer</source>
        <translation>表演者</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="63"/>
        <source>Writer</source>
        <translation>编剧</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="64"/>
        <source>Composer</source>
        <translation>作曲</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="65"/>
        <source>Producer</source>
        <translation>制片人</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="66"/>
        <source>Credit</source>
        <translation>参与者</translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="14"/>
        <source>Kind (film, track or artist)</source>
        <translation>种类（电影、曲目或艺术家）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="15"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="16"/>
        <source>Artist / director</source>
        <translation>艺术家／导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="17"/>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="18"/>
        <source>Album artist</source>
        <translation>专辑艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="19"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="20"/>
        <source>Length (seconds)</source>
        <translation>时长（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="21"/>
        <source>Track number</source>
        <translation>音轨号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="22"/>
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="23"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="24"/>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="25"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="26"/>
        <source>IMDb ID</source>
        <translation>IMDb 编号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="27"/>
        <source>TMDb ID</source>
        <translation>TMDb 编号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="28"/>
        <source>MovieLens ID</source>
        <translation>MovieLens 编号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="29"/>
        <source>MusicBrainz recording ID</source>
        <translation>MusicBrainz 录音编号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="32"/>
        <source>MusicBrainz artist ID</source>
        <translation>MusicBrainz 艺术家编号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="33"/>
        <source>Profile</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="34"/>
        <source>Rating (0.5–5 stars)</source>
        <translation>评分（0.5–5 星）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="35"/>
        <source>Rating (1–10)</source>
        <translation>评分（1–10）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="36"/>
        <source>Rated on</source>
        <translation>评分时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="37"/>
        <source>Played on</source>
        <translation>播放时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/csv_fields.py" line="38"/>
        <source>Play count</source>
        <translation>播放次数</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/demo_banner.py" line="9"/>
        <source>Demo library: synthetic data, for trying the app</source>
        <extracomment>The English text, marked for lupdate (``self.tr(DEMO_TEXT)`` alone would hide it).</extracomment>
        <translation>演示媒体库：合成数据，供试用本应用</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="72"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="73"/>
        <source>Artist / director</source>
        <translation>艺术家／导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="74"/>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="75"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="92"/>
        <source>The file is missing</source>
        <translation>文件不见了</translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="45"/>
        <source>NDCG</source>
        <extracomment>``(mean, low, high)`` of a metric cell (None for other columns or unmeasured figures). The column&apos;s key: a metric (``ndcg@10``), a catalogue figure, or ``fit_s`` and friends. Figures where lower is better (everything else: higher is better, or neither).</extracomment>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="46"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="47"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="48"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="49"/>
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="50"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="51"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="52"/>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="53"/>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="54"/>
        <source>Novelty</source>
        <translation>新颖度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="55"/>
        <source>Serendipity</source>
        <translation>惊喜度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="56"/>
        <source>Diversity (genres)</source>
        <translation>多样性（类型）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="57"/>
        <source>Diversity (content)</source>
        <translation>多样性（内容）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="60"/>
        <source>Avg. popularity</source>
        <translation>平均流行度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="61"/>
        <source>Long-tail share</source>
        <translation>长尾占比</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="62"/>
        <source>Calibration KL</source>
        <translation>校准 KL</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="63"/>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="64"/>
        <source>Exposure Gini</source>
        <translation>曝光基尼系数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="65"/>
        <source>Fit (s)</source>
        <translation>训练（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="66"/>
        <source>Recommend (s)</source>
        <translation>推荐（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="67"/>
        <source>Model (MB)</source>
        <translation>模型（MB）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="207"/>
        <source>{0} (failed)</source>
        <translation>{0}（失败）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="215"/>
        <source>Best on {0}</source>
        <translation>{0} 最佳</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="251"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="260"/>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="262"/>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="264"/>
        <source>{0}: mean over the tested profiles with its 95 % interval; {1}</source>
        <translation>{0}：被测用户的平均值及其 95% 区间；{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="298"/>
        <source>Not measured (the items lack what this figure needs)</source>
        <translation>未测量（条目缺少该指标所需的信息）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="302"/>
        <source>{0} of {1}: {2}, on one split of one profile: no interval</source>
        <translation>{1} 的 {0}：{2}，只有一个用户的一次划分：没有区间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="306"/>
        <source>{0} of {1}: {2}, 95 % interval {3} to {4}</source>
        <translation>{1} 的 {0}：{2}，95% 区间 {3} 至 {4}</translation>
    </message>
</context>
<context>
    <name>FavouritesDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/favourites_dialog.py" line="59"/>
        <source>A few favourites</source>
        <extracomment>How many favourites the dialog asks for (and accepts at most). Grid columns.</extracomment>
        <translation>几个最爱</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/favourites_dialog.py" line="66"/>
        <source>Pick {0} that {1} likes: the first recommendations start from them. These are popular picks of different kinds; skip if none fits.</source>
        <translation>挑选 {0} 个 {1} 喜欢的：最初的推荐将从它们出发。这些是不同类型的热门作品；都不合适就跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/favourites_dialog.py" line="85"/>
        <source>{0} people have it</source>
        <translation>{0} 人看过或听过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/favourites_dialog.py" line="93"/>
        <source>&amp;Save favourites</source>
        <translation>保存最爱(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/favourites_dialog.py" line="96"/>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/favourites_dialog.py" line="126"/>
        <source>{0} of {1} picked</source>
        <translation>已选 {0} / {1}</translation>
    </message>
</context>
<context>
    <name>FileTagsBox</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="44"/>
        <source>Ratings and play counts in your files</source>
        <translation>文件中的评分和播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="52"/>
        <source>Profile for ratings in files</source>
        <translation>文件中评分所属的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="53"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="54"/>
        <source>The first profile ({0})</source>
        <translation>第一个用户（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="58"/>
        <source>&amp;Write ratings and play counts into the files when folders are scanned</source>
        <translation>扫描文件夹时把评分和播放次数写入文件(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="64"/>
        <source>MP3, FLAC, Ogg and M4A files get the profile&apos;s ratings and play counts in their tags; the audio is never changed. Where a file and the library disagree, the newer change wins.</source>
        <translation>MP3、FLAC、Ogg 和 M4A 文件的标签会写入该用户的评分和播放次数；音频本身绝不改动。文件与媒体库不一致时，较新的改动为准。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="71"/>
        <source>Scans read the ratings and play counts players write into files for this profile. On the command line: desktop-recsys tags read | write [--dry-run]</source>
        <translation>扫描时，播放器写入文件的评分和播放次数归入此用户。命令行：desktop-recsys tags read | write [--dry-run]</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="78"/>
        <source>R&amp;ead from the files now</source>
        <translation>立即从文件读取(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="81"/>
        <source>Take in the ratings and play counts the files changed more recently</source>
        <translation>读入文件中较新改动的评分和播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="84"/>
        <source>Write to the files n&amp;ow</source>
        <translation>立即写入文件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="87"/>
        <source>Write the library&apos;s newer ratings and play counts into the files</source>
        <translation>把媒体库中较新的评分和播放次数写入文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="98"/>
        <source>Profile for ratings in &amp;files:</source>
        <translation>文件中评分所属的用户(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="122"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="125"/>
        <source>Writing to the files…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="125"/>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/tag_sync_settings.py" line="138"/>
        <source>{0} files compared for {1}: {2} already agreed, {3} written, {4} read into the library, {5} kept the library&apos;s newer values, {6} not done</source>
        <translation>已为 {1} 比较 {0} 个文件：{2} 个原本一致，写入 {3} 个，读入媒体库 {4} 个，{5} 个保留媒体库中较新的值，{6} 个未完成</translation>
    </message>
</context>
<context>
    <name>FilmViewing</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="147"/>
        <source>&amp;Play</source>
        <extracomment>A one-line message for the status bar. A view was recorded (other screens re-read).</extracomment>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="151"/>
        <source>Mark as &amp;watched</source>
        <translation>标记为已看(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="168"/>
        <source>This item has no file on this computer</source>
        <translation>此项目在这台电脑上没有文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="172"/>
        <source>The system could not open {0}</source>
        <translation>系统无法打开 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="213"/>
        <source>Choose a profile first</source>
        <translation>请先选择一个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="236"/>
        <source>Incognito: the view was not recorded</source>
        <translation>无痕模式：未记录这次观看</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="238"/>
        <source>View recorded</source>
        <translation>已记录观看</translation>
    </message>
</context>
<context>
    <name>FinishedPrompt</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="65"/>
        <source>&amp;Watched</source>
        <extracomment>Back sooner than this after opening a film: too early to ask (a glance at the app).</extracomment>
        <translation>已看完(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="67"/>
        <source>&amp;Stopped at…</source>
        <translation>停在…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="72"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="73"/>
        <source>Minutes watched</source>
        <translation>已观看分钟数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="74"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="76"/>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/film_viewing.py" line="93"/>
        <source>Did you finish “{0}”?</source>
        <translation>你看完《{0}》了吗？</translation>
    </message>
</context>
<context>
    <name>ForYouTopBar</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="35"/>
        <source>What to recommend</source>
        <extracomment>&quot;Export&quot; was chosen: ``&quot;csv&quot;`` or ``&quot;m3u8&quot;``.</extracomment>
        <translation>推荐内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="37"/>
        <source>&amp;Recommend:</source>
        <translation>推荐(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="41"/>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="42"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="44"/>
        <source>Automatic uses the newest model; pick one to compare algorithms</source>
        <translation>“自动”使用最新的模型；选择一个算法可进行比较</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="46"/>
        <source>&amp;Algorithm:</source>
        <translation>算法(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="48"/>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="51"/>
        <source>Fetch the list again (F5)</source>
        <translation>重新获取列表 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="52"/>
        <source>&amp;Train now</source>
        <translation>立即训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="54"/>
        <source>Train a model on the latest ratings and plays</source>
        <translation>用最新的评分和播放记录训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="57"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="58"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="61"/>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="63"/>
        <source>As M3U8 playlist…</source>
        <translation>导出为 M3U8 播放列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="68"/>
        <source>Add to &amp;playlist</source>
        <translation>添加到播放列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="69"/>
        <source>Add the selected pick to a playlist</source>
        <translation>将所选推荐添加到播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="79"/>
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="81"/>
        <source>Left: the best matches first. Right: a more varied list.</source>
        <translation>向左：最匹配的优先。向右：列表更加多样。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="83"/>
        <source>&amp;Diversity:</source>
        <translation>多样性(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="88"/>
        <source>&amp;Group…</source>
        <translation>群组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="89"/>
        <source>Recommend for a group of profiles</source>
        <translation>为多个用户共同推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/top_bar.py" line="91"/>
        <source>Pick more profiles for one shared list (a film night, a party playlist)</source>
        <translation>选择更多用户生成一份共享列表（电影之夜、派对歌单）</translation>
    </message>
</context>
<context>
    <name>ForYouView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="394"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="267"/>
        <source>Create or choose a profile to get recommendations.</source>
        <extracomment>Candidates fetched beyond the list so the diversity slider has something to choose from. How long the warm-up waits for a first list already on its way before going on. The list changed (rows, stale flag) - the status bar says so. Something was rated or marked, so other screens re-read. A person asked to see an item in the library (double-click on a shelf). Items were marked &quot;not interested&quot;: (profile id, item ids, what to tell) for an undo. (kind, algorithm) trained automatically this session: tried once, never in a loop.</extracomment>
        <translation>请创建或选择一个用户以获取推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="396"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="396"/>
        <source>M3U8 playlist (*.m3u8)</source>
        <translation>M3U8 播放列表 (*.m3u8)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="412"/>
        <source>Recommended for you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="460"/>
        <source>The new model is ready</source>
        <translation>新模型已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="471"/>
        <source>Exported the list to {0}</source>
        <translation>列表已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="484"/>
        <source>Nothing to learn from yet: rate or play a few items, and your list appears here by itself.</source>
        <translation>还没有可以学习的内容：给几个项目评分或播放几个项目，你的列表就会自动出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="495"/>
        <source>{0} recommendations from a blind test</source>
        <translation>{0} 条推荐，来自一次盲测</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="514"/>
        <source>A blind test is running: this list mixes two recommenders without saying which placed what. Play, rate or mark items as usual; the Model Lab shows which one suits you.</source>
        <translation>盲测进行中：这个列表混合了两个推荐器，不说明哪一项由谁放入。像平常一样播放、评分或标记条目；模型实验室会显示哪一个更适合你。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="549"/>
        <source>Could not train a model: {0}</source>
        <translation>无法训练模型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="449"/>
        <source>Could not get recommendations: {0}</source>
        <translation>无法获取推荐：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="466"/>
        <source>Training cancelled; the previous model still serves</source>
        <translation>训练已取消；仍使用之前的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/view.py" line="502"/>
        <source>{0} recommendations from {1} (model {2}, trained {3})</source>
        <translation>来自 {1} 的 {0} 条推荐（模型 {2}，{3}训练）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="78"/>
        <source>at an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="81"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="83"/>
        <source>{0:.0f} min ago</source>
        <translation>{0:.0f} 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="85"/>
        <source>{0:.0f} h ago</source>
        <translation>{0:.0f} 小时前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="86"/>
        <source>{0:.0f} days ago</source>
        <translation>{0:.0f} 天前</translation>
    </message>
</context>
<context>
    <name>Genres</name>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="75"/>
        <source>Action</source>
        <extracomment>Standard genre names (MovieLens, TMDb, the demo library, common music genres), marked for the translators; other genres and a person&apos;s own tags are shown as they are.</extracomment>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="76"/>
        <source>Adventure</source>
        <translation>冒险</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="77"/>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="78"/>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="79"/>
        <source>Comedy</source>
        <translation>喜剧</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="80"/>
        <source>Crime</source>
        <translation>犯罪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="81"/>
        <source>Documentary</source>
        <translation>纪录片</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="82"/>
        <source>Drama</source>
        <translation>剧情</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="83"/>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="84"/>
        <source>Fantasy</source>
        <translation>奇幻</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="85"/>
        <source>Film-Noir</source>
        <translation>黑色电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="86"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="87"/>
        <source>Horror</source>
        <translation>恐怖</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="88"/>
        <source>Musical</source>
        <translation>歌舞</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="89"/>
        <source>Mystery</source>
        <translation>悬疑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="90"/>
        <source>Romance</source>
        <translation>爱情</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="91"/>
        <source>Sci-Fi</source>
        <translation>科幻</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="92"/>
        <source>Science Fiction</source>
        <translation>科幻</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="93"/>
        <source>Thriller</source>
        <translation>惊悚</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="94"/>
        <source>War</source>
        <translation>战争</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="95"/>
        <source>Western</source>
        <translation>西部</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="96"/>
        <source>Rock</source>
        <translation>摇滚</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="97"/>
        <source>Pop</source>
        <translation>流行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="98"/>
        <source>Jazz</source>
        <translation>爵士</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="99"/>
        <source>Classical</source>
        <translation>古典</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="100"/>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="101"/>
        <source>Hip-Hop</source>
        <translation>嘻哈</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="102"/>
        <source>Folk</source>
        <translation>民谣</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="103"/>
        <source>Metal</source>
        <translation>金属</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="104"/>
        <source>Blues</source>
        <translation>布鲁斯</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="105"/>
        <source>Reggae</source>
        <translation>雷鬼</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="106"/>
        <source>Country</source>
        <translation>乡村</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="107"/>
        <source>Soul</source>
        <translation>灵魂乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="108"/>
        <source>Punk</source>
        <translation>朋克</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="109"/>
        <source>Ambient</source>
        <translation>氛围</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="110"/>
        <source>Soundtrack</source>
        <translation>原声</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="115"/>
        <source>calm</source>
        <extracomment>The moods the sonic analysis gives a track (``engine.cross_kind.sound_moods``): words of a taste like genre names, shown in a cross-kind reason (&quot;Because you listen to soul, calm&quot;).</extracomment>
        <translation>平静</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="116"/>
        <source>energetic</source>
        <translation>充满活力</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="117"/>
        <source>dark</source>
        <translation>阴郁</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="118"/>
        <source>melancholic</source>
        <translation>忧伤</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="119"/>
        <source>happy</source>
        <translation>欢快</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="120"/>
        <source>upbeat</source>
        <translation>明快</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="135"/>
        <location filename="../../desktop_recsys/ui/common.py" line="147"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GroupChooser</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="37"/>
        <source>&amp;Group ({0})…</source>
        <extracomment>What the chooser calls when the group or its strategy is changed from the menu.</extracomment>
        <translation>群组（{0}）(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="37"/>
        <source>&amp;Group…</source>
        <translation>群组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="55"/>
        <source>Recommend together with:</source>
        <translation>一起推荐给：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="64"/>
        <source>Combine by &amp;average</source>
        <translation>按平均值合并(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="65"/>
        <source>Combine by &amp;least misery (nobody hates it)</source>
        <translation>按最小痛苦合并（没人讨厌）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="73"/>
        <source>Just me again</source>
        <translation>仅我自己</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="78"/>
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="78"/>
        <source>least misery</source>
        <translation>最小痛苦</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="79"/>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="81"/>
        <source>A shared list for {0} ({1}).</source>
        <translation>{0} 的共享列表（{1}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="85"/>
        <source>{0} will join as soon as the shared model is trained (it is being trained).</source>
        <translation>共享模型训练完成后，{0} 就会加入（正在训练）。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/group.py" line="92"/>
        <source>No shared picks yet: the model the group&apos;s list comes from is being trained.</source>
        <translation>还没有共同推荐：群组列表所依据的模型正在训练。</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/history_import.py" line="27"/>
        <source>Import listening &amp;history…</source>
        <translation>导入收听历史(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="93"/>
        <source>Import</source>
        <extracomment>Other players&apos; histories (issue 17): offered by File &gt; Import listening history…. Kinds whose rows belong to one profile (the source page asks which). Data sets of many users (community profiles); one of them may be mapped onto a profile. Kinds read from a folder (the others from a file; ListenBrainz and Letterboxd take both). The demo&apos;s removal, when a person chose it before this import.</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="105"/>
        <source>MovieLens data set</source>
        <extracomment>The import&apos;s job once started (its handle, which compares equal to its id).</extracomment>
        <translation>MovieLens 数据集</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="106"/>
        <source>A MovieLens folder (ml-latest-small, ml-25m, ml-1m, ml-100k)</source>
        <translation>MovieLens 文件夹（ml-latest-small、ml-25m、ml-1m、ml-100k）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="109"/>
        <source>Last.fm data set (HetRec 2011)</source>
        <translation>Last.fm 数据集（HetRec 2011）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="110"/>
        <source>The hetrec2011-lastfm-2k folder: artists, tags and listening counts</source>
        <translation>hetrec2011-lastfm-2k 文件夹：艺术家、标签和收听次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="113"/>
        <source>A folder of music or films</source>
        <translation>音乐或电影文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="114"/>
        <source>Scans audio and video files; rescans only read what changed</source>
        <translation>扫描音频和视频文件；重新扫描只读取变化的部分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="117"/>
        <source>My Last.fm scrobbles</source>
        <translation>我的 Last.fm 收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="118"/>
        <source>A scrobbles CSV (artist, album, track, time)</source>
        <translation>收听记录 CSV（艺术家、专辑、曲目、时间）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="121"/>
        <source>My ListenBrainz listens</source>
        <translation>我的 ListenBrainz 收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="122"/>
        <source>The listens export: a zip, a folder or a .jsonl file</source>
        <translation>收听记录导出：zip、文件夹或 .jsonl 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="125"/>
        <source>My Letterboxd films</source>
        <translation>我的 Letterboxd 电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="126"/>
        <source>The Letterboxd export: a zip, a folder or ratings/diary/watched.csv</source>
        <translation>Letterboxd 导出：zip、文件夹或 ratings/diary/watched.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="129"/>
        <source>My IMDb ratings</source>
        <translation>我的 IMDb 评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="130"/>
        <source>IMDb&apos;s ratings.csv; 1-10 stars become 0.5-5</source>
        <translation>IMDb 的 ratings.csv；1-10 星换算为 0.5-5 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="133"/>
        <source>Any CSV file</source>
        <translation>任意 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="134"/>
        <source>You choose what each column is, with a preview</source>
        <translation>可预览并指定每一列的含义</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="137"/>
        <source>Strawberry</source>
        <translation>Strawberry</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="138"/>
        <source>Play and skip counts and ratings from strawberry.db (in ~/.local/share/strawberry/strawberry)</source>
        <translation>来自 strawberry.db 的播放次数、跳过次数和评分（位于 ~/.local/share/strawberry/strawberry）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="142"/>
        <source>Clementine</source>
        <translation>Clementine</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="143"/>
        <source>Play and skip counts and ratings from clementine.db (in ~/.config/Clementine)</source>
        <translation>来自 clementine.db 的播放次数、跳过次数和评分（位于 ~/.config/Clementine）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="147"/>
        <source>Rhythmbox</source>
        <translation>Rhythmbox</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="148"/>
        <source>Play counts and ratings from rhythmdb.xml (in ~/.local/share/rhythmbox)</source>
        <translation>来自 rhythmdb.xml 的播放次数和评分（位于 ~/.local/share/rhythmbox）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="151"/>
        <source>Kodi</source>
        <translation>Kodi</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="152"/>
        <source>Watched films and resume points from MyVideos&lt;number&gt;.db (in ~/.kodi/userdata/Database)</source>
        <translation>来自 MyVideos&lt;编号&gt;.db 的已看电影和续播位置（位于 ~/.kodi/userdata/Database）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="165"/>
        <source>What would you like to import?</source>
        <translation>你想导入什么？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="188"/>
        <source>Profile to import into</source>
        <translation>导入到的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="192"/>
        <source>Into &amp;profile:</source>
        <translation>导入到用户(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="196"/>
        <source>user id, optional</source>
        <translation>用户 ID，可选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="200"/>
        <source>The data set&apos;s users become community profiles. If one of them is you, give its id (the number in the ratings file): its ratings go into the profile here.</source>
        <translation>数据集的用户会成为社区用户。如果其中一位是你，请填写其 ID（评分文件中的数字）：其评分会导入到此处的用户。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="204"/>
        <source>One of these users is &amp;me:</source>
        <translation>其中一位用户是我(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="215"/>
        <source>Remove the demo data first (its made-up items and profiles), so recommendations learn only from real data</source>
        <translation>先移除演示数据（其虚构的条目和用户），让推荐只从真实数据中学习</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="236"/>
        <source>Where is it?</source>
        <translation>在哪里？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="239"/>
        <source>File or folder to import</source>
        <translation>要导入的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="241"/>
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="243"/>
        <source>Choose f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="261"/>
        <source>Which column is what?</source>
        <translation>每一列是什么？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="264"/>
        <source>Pick a field for each column you want; a title is needed. Unused columns are ignored.</source>
        <translation>为需要的列选择字段；必须有标题。未使用的列将被忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="271"/>
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="284"/>
        <source>What the rows are</source>
        <translation>每行的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="286"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="287"/>
        <source>Music tracks</source>
        <translation>音乐曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="288"/>
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="292"/>
        <source>Rows are &amp;items of kind:</source>
        <translation>每行的条目类型(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="300"/>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="307"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="310"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="314"/>
        <source>&amp;Cancel the import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="319"/>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="352"/>
        <source>Import listening history</source>
        <translation>导入收听历史</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="353"/>
        <source>Which player&apos;s history?</source>
        <translation>导入哪个播放器的历史？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="355"/>
        <source>Play counts, skips, ratings and watched films are matched to the library&apos;s items by file, then by tags; importing again adds only what is new.</source>
        <translation>播放次数、跳过、评分和已看电影先按文件、再按标签与媒体库中的条目匹配；再次导入只会添加新的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="389"/>
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="404"/>
        <source>Cancelling… nothing is kept from this import.</source>
        <translation>正在取消…本次导入的内容不会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="452"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="456"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="458"/>
        <source>Exports (*.csv *.zip *.jsonl *.json *.db *.xml);;All files (*)</source>
        <translation>导出文件 (*.csv *.zip *.jsonl *.json *.db *.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="471"/>
        <source>Cannot read the file: {0}</source>
        <translation>无法读取文件：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="478"/>
        <source>Field for column {0}</source>
        <translation>列 {0} 的字段</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="479"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="510"/>
        <source>Done. What was imported, and any rows that were skipped:</source>
        <translation>完成。导入的内容以及跳过的行：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="515"/>
        <source>The import failed; the library is unchanged.</source>
        <translation>导入失败；媒体库未改变。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="518"/>
        <source>Cancelled; the library is unchanged.</source>
        <translation>已取消；媒体库未改变。</translation>
    </message>
</context>
<context>
    <name>IncognitoToggle</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/incognito_toggle.py" line="38"/>
        <location filename="../../desktop_recsys/ui/widgets/incognito_toggle.py" line="84"/>
        <source>Incognito</source>
        <translation>无痕模式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/incognito_toggle.py" line="78"/>
        <source>Incognito: plays not recorded</source>
        <translation>无痕模式：不记录播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/incognito_toggle.py" line="80"/>
        <source>Nothing this profile plays is recorded until you switch this off</source>
        <translation>关闭此项之前，不会记录此用户播放的任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/incognito_toggle.py" line="85"/>
        <source>Stop recording what this profile plays</source>
        <translation>停止记录此用户播放的内容</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="52"/>
        <source>Which items to summarise</source>
        <translation>要汇总的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="55"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="102"/>
        <source>Choose a profile to see its insights.</source>
        <translation>选择一个用户以查看其洞察。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="132"/>
        <source>Ratings (stars)</source>
        <translation>评分（星级）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="133"/>
        <source>Plays per month</source>
        <translation>每月播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="134"/>
        <source>Top genres</source>
        <translation>最常见类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="135"/>
        <source>Top artists and directors</source>
        <translation>最常见的艺术家和导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="182"/>
        <source>Nothing to show yet</source>
        <translation>暂无可显示的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="196"/>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="196"/>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="212"/>
        <source>Plays</source>
        <translation>播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="212"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="225"/>
        <source>Items liked or played</source>
        <translation>喜欢或播放过的条目数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="227"/>
        <source>Genre</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="228"/>
        <source>Artist or director</source>
        <translation>艺术家或导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="257"/>
        <source>{0:,} ratings and {1:,} plays</source>
        <translation>{0:,} 条评分，{1:,} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="262"/>
        <source>Taste in common with friends (share of liked items): {0}</source>
        <translation>与好友的共同品味（喜欢条目的重合比例）：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="263"/>
        <source>, </source>
        <comment>between list items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="267"/>
        <source>No friends yet: add some under Profiles…</source>
        <translation>还没有好友：可在“用户…”中添加</translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="122"/>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="139"/>
        <source>More like this</source>
        <translation>更多类似内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="137"/>
        <source>Your history</source>
        <translation>你的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="200"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="201"/>
        <source>Select an item to see everything about it.</source>
        <translation>选择一个条目以查看其全部信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="208"/>
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="208"/>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="212"/>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="214"/>
        <source>Album artist</source>
        <translation>专辑艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="216"/>
        <source>Track</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="217"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="218"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="219"/>
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="220"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="221"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="223"/>
        <source>all ages</source>
        <translation>所有年龄</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="225"/>
        <source>Certification</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="227"/>
        <source>Lyrics</source>
        <translation>歌词</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="227"/>
        <source>Explicit</source>
        <translation>含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="232"/>
        <source>Credits</source>
        <translation>演职人员</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="233"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="234"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="242"/>
        <source> (missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="243"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="244"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="245"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="247"/>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="280"/>
        <source>Choose a profile to see its history.</source>
        <translation>选择一个用户以查看其记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="290"/>
        <source>Rated {0} ({1:g} of 5) on {2}</source>
        <translation>于 {2} 评为 {0}（5 星中的 {1:g} 星）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="295"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="300"/>
        <source>Played {0} times</source>
        <translation>播放了 {0} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="300"/>
        <source>Played once</source>
        <translation>播放过一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="303"/>
        <source>, last on {0}</source>
        <translation>，最近一次在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="306"/>
        <source>Never played</source>
        <translation>从未播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="308"/>
        <source>Marked “not interested”</source>
        <translation>已标记为“不感兴趣”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="309"/>
        <source>Marked “don&apos;t learn from this”</source>
        <translation>已标记为“不从此学习”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="337"/>
        <source>{0}
Genres: {1}
{2}</source>
        <translation>{0}
类型：{1}
{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="341"/>
        <source>Nothing similar found</source>
        <translation>未找到相似内容</translation>
    </message>
</context>
<context>
    <name>ItemListDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="81"/>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="121"/>
        <source>#</source>
        <extracomment>How many items a radio shows first, and how many &quot;More&quot; adds.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="81"/>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="121"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="81"/>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="81"/>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="91"/>
        <source>Save as playlist…</source>
        <translation>存为播放列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="94"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="121"/>
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="121"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="156"/>
        <source>Save as playlist</source>
        <translation>存为播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="156"/>
        <source>Playlist name:</source>
        <translation>播放列表名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="162"/>
        <source>A playlist needs a name.</source>
        <translation>播放列表需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="173"/>
        <source>Saved {0} items as the playlist “{1}”.</source>
        <translation>已将 {0} 个条目存为播放列表“{1}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="180"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="182"/>
        <source>Playlist (*.m3u8);;CSV (*.csv)</source>
        <translation>播放列表 (*.m3u8);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="196"/>
        <source>Exported {0} items to {1}.</source>
        <translation>已将 {0} 个条目导出到 {1}。</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="75"/>
        <source>Title</source>
        <extracomment>Stores a rating: ``(item id, stars; 0 clears) -&gt; the stored value or None``; may raise UserError (a busy library), which the model reports through ``write_failed``. Roles the table asks every cell for on each paint and this model never answers. Column headers, marked for lupdate; translated when a model makes its columns.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="76"/>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="77"/>
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="78"/>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="79"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="80"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="81"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="82"/>
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="83"/>
        <source>Certification</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="84"/>
        <source>Explicit</source>
        <translation>含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="155"/>
        <source>Explicit (parental advisory from the file&apos;s tags or an edit)</source>
        <translation>含露骨内容（家长指导标记，来自文件标签或编辑）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="161"/>
        <source>Unrated</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="162"/>
        <source>{0}: unrated (no system this app knows)</source>
        <translation>{0}：未分级（本应用不认识的分级制度）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="166"/>
        <source>{0}: all ages</source>
        <translation>{0}：所有年龄</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="167"/>
        <source>{0}: from age {1}</source>
        <translation>{0}：{1} 岁及以上</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="399"/>
        <source>{0} min {1:02d} s</source>
        <extracomment>A rating could not be stored; the one-line reason. A rating was stored or cleared (a star click, a key, a menu): the item&apos;s id.</extracomment>
        <translation>{0} 分 {1:02d} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="403"/>
        <source>{0} (file missing: {1})</source>
        <translation>{0}（文件缺失：{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="435"/>
        <source>{0} (not sortable)</source>
        <translation>{0}（不可排序）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="439"/>
        <source>Certification as the file or an edit gives it; sorted by the minimum age it stands for (every country&apos;s system on one scale), unrated last</source>
        <translation>分级取自文件或编辑；按其代表的最低年龄排序（各国制度统一到同一标尺），未分级排在最后</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="476"/>
        <source>Not rated; click a star or press 1-5</source>
        <translation>未评分；点击星星或按 1-5</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="479"/>
        <source>{0:g} of 5 stars</source>
        <translation>{0:g} 星（满分 5 星）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="506"/>
        <source>E</source>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>JobParams</name>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="15"/>
        <source>recommender A</source>
        <translation>推荐器 A</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="16"/>
        <source>algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="17"/>
        <source>algorithms</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="18"/>
        <source>recommender B</source>
        <translation>推荐器 B</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="19"/>
        <source>balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="20"/>
        <source>time budget (s)</source>
        <translation>时间预算（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="21"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="22"/>
        <source>due only</source>
        <translation>仅到期的</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="23"/>
        <source>evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="24"/>
        <source>leave out “not interested”</source>
        <translation>排除“不感兴趣”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="25"/>
        <source>export kind</source>
        <translation>导出类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="26"/>
        <source>fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="27"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="28"/>
        <source>folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="29"/>
        <source>force</source>
        <translation>强制</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="30"/>
        <source>genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="31"/>
        <source>highlighted profile</source>
        <translation>突出显示的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="32"/>
        <source>import kind</source>
        <translation>导入类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="33"/>
        <source>interactions</source>
        <translation>交互数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="34"/>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="35"/>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="38"/>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="36"/>
        <source>item kind</source>
        <translation>条目类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="37"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="39"/>
        <source>list length (k)</source>
        <translation>列表长度（k）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="40"/>
        <source>Model Lab</source>
        <translation>模型实验室</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="41"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="42"/>
        <source>last n</source>
        <translation>最近 n 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="43"/>
        <source>library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="44"/>
        <source>limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="45"/>
        <source>most trials</source>
        <translation>最多试验次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="46"/>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="47"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="48"/>
        <source>models folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="49"/>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="50"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="51"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="52"/>
        <source>output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="53"/>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="54"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="55"/>
        <source>playlist</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="56"/>
        <source>points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="57"/>
        <source>pool</source>
        <translation>候选池</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="58"/>
        <source>profile</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="59"/>
        <source>profile name</source>
        <translation>用户名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="60"/>
        <source>profiles</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="61"/>
        <source>protocol</source>
        <translation>评估方案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="62"/>
        <source>rankers</source>
        <translation>排序器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="63"/>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="64"/>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="65"/>
        <source>scores</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="66"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="67"/>
        <source>seed title</source>
        <translation>种子标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="68"/>
        <source>shelves</source>
        <translation>货架</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="69"/>
        <source>signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="70"/>
        <source>sound share</source>
        <translation>声音占比</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="71"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="72"/>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="73"/>
        <source>time decay (days)</source>
        <translation>时间衰减（天）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="74"/>
        <source>tuned settings</source>
        <translation>调优参数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="75"/>
        <source>workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_param_names.py" line="76"/>
        <source>write</source>
        <translation>写入</translation>
    </message>
</context>
<context>
    <name>JobStatusWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="37"/>
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="38"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="40"/>
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="69"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="110"/>
        <source>{0} (waiting)</source>
        <translation>{0}（等待中）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="112"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="115"/>
        <source>{0} (+{1} more)</source>
        <translation>{0}（另有 {1} 个）</translation>
    </message>
</context>
<context>
    <name>JobTitles</name>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="27"/>
        <source>films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="29"/>
        <source>tracks</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="31"/>
        <source>artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="32"/>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="67"/>
        <source>profile {0}</source>
        <extracomment>The parameters each kind&apos;s title is made from; without them the job&apos;s own title is used.</extracomment>
        <translation>用户 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="101"/>
        <source>Creating the demo library</source>
        <translation>创建演示媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="103"/>
        <source>Removing the demo data</source>
        <translation>正在移除演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="107"/>
        <source>Training {0} on {1} for {2}</source>
        <translation>为{2}训练{1}的 {0} 模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="113"/>
        <source>Training {0} on {1}</source>
        <translation>训练{1}的 {0} 模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="119"/>
        <source>Recommending {0} for {1}</source>
        <translation>为{1}推荐{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="123"/>
        <source>Switching to model {0}</source>
        <translation>切换到模型 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="127"/>
        <source>Starting a radio from “{0}”</source>
        <translation>正在从“{0}”开始电台</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="131"/>
        <source>Making the daily mixes</source>
        <translation>正在生成每日合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="133"/>
        <source>Analysing the tracks&apos; sound</source>
        <translation>正在分析曲目的声音</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="135"/>
        <source>Checking models for new data</source>
        <translation>检查模型是否有新数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="139"/>
        <source>Finding items like “{0}”</source>
        <translation>查找与“{0}”相似的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="141"/>
        <source>Finding similar items</source>
        <translation>查找相似条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="144"/>
        <source>Summarising {0}&apos;s taste</source>
        <translation>总结{0}的口味</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="148"/>
        <source>Finding {0} like {1}&apos;s favourites</source>
        <translation>查找与{1}的最爱相似的{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="154"/>
        <source>Recommending {0} for a group of {1}</source>
        <translation>为 {1} 人的小组推荐{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="159"/>
        <source>Refreshing smart playlists</source>
        <translation>正在更新智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="161"/>
        <source>Counting the matching items</source>
        <translation>正在统计符合规则的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="164"/>
        <source>Saving the smart playlist “{0}”</source>
        <translation>正在保存智能播放列表“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="169"/>
        <source>Editing {0} items</source>
        <translation>编辑 {0} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="173"/>
        <source>Importing {0} ({1})</source>
        <translation>导入 {0}({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="179"/>
        <source>Exporting {0}</source>
        <translation>导出 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="183"/>
        <source>Exporting {0} ({1})</source>
        <translation>导出 {0}({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="193"/>
        <source>Evaluating {0} on {1} for {2}</source>
        <translation>为{2}在{1}上评估 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="199"/>
        <source>Evaluating {0} on {1}</source>
        <translation>在{1}上评估 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="205"/>
        <source>Evaluating {0} algorithms on {1} for {2}</source>
        <translation>为{2}在{1}上评估 {0} 个算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="211"/>
        <source>Evaluating {0} algorithms on {1}</source>
        <translation>在{1}上评估 {0} 个算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="218"/>
        <source>Tuning {0} on {1} for {2} ({3:g} s each)</source>
        <translation>正在为{2}在{1}上调优 {0}（每个 {3:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="225"/>
        <source>Tuning {0} on {1} ({2:g} s each)</source>
        <translation>正在{1}上调优 {0}（每个 {2:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="234"/>
        <source>Tuning {0} on {1} for {2} ({3:g} s)</source>
        <translation>为{2}调优{1}模型 {0}（{3:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="241"/>
        <source>Tuning {0} on {1} ({2:g} s)</source>
        <translation>调优{1}模型 {0}（{2:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="248"/>
        <source>Starting a blind test of {0} and {1} for {2}</source>
        <translation>为{2}开始 {0} 与 {1} 的盲测</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="254"/>
        <source>Stopping the blind test</source>
        <translation>正在停止盲测</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="256"/>
        <source>Reading the blind test</source>
        <translation>正在读取盲测</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="258"/>
        <source>Listing the algorithms</source>
        <translation>列出算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="260"/>
        <source>Backing up the library</source>
        <translation>备份媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="263"/>
        <source>Writing ratings to the files</source>
        <translation>正在把评分写入文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="264"/>
        <source>Reading ratings from the files</source>
        <translation>正在从文件读取评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="271"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>JobsPanelWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="68"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="99"/>
        <source>Details of the selected job</source>
        <translation>所选任务的详情</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="100"/>
        <source>Select a job to see its details</source>
        <translation>选择一个任务以查看详情</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="101"/>
        <source>&amp;Cancel job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="104"/>
        <source>Cop&amp;y details</source>
        <translation>复制详情(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="47"/>
        <source>Waiting</source>
        <extracomment>The progress fraction (0-1) of a row, for the progress bar delegate. The job id of a row (this session&apos;s runner id, or None for an earlier session&apos;s job).</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="48"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="49"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="50"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="51"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="52"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="55"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="56"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="57"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="58"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="59"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="60"/>
        <source>Elapsed</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="72"/>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="152"/>
        <source>State: {0}</source>
        <extracomment>Profile id -&gt; name, for titles of jobs that name a profile only by id.</extracomment>
        <translation>状态：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="153"/>
        <source>Parameters: {0}</source>
        <translation>参数：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="162"/>
        <source>Error: {0}</source>
        <translation>错误：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="346"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="348"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="355"/>
        <source>{name}: {value}</source>
        <translation>{name}：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="356"/>
        <source>; </source>
        <comment>between a job&apos;s parameters</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>KindPicker</name>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="53"/>
        <source>Everything</source>
        <extracomment>The current profile&apos;s stars for the row&apos;s item (float 0.5-5, or None when unrated).</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="54"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="55"/>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/common.py" line="56"/>
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
</context>
<context>
    <name>LabChart</name>
    <message>
        <location filename="../../desktop_recsys/ui/charts/base.py" line="157"/>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/base.py" line="162"/>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/base.py" line="167"/>
        <source>Reset the view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/base.py" line="179"/>
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/base.py" line="181"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/base.py" line="183"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/metric_bars.py" line="21"/>
        <source>Metric per algorithm</source>
        <translation>各算法的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/metric_bars.py" line="44"/>
        <source>{0} per algorithm (bars: mean; whiskers: 95 % interval)</source>
        <translation>各算法的 {0}（柱：平均值；误差线：95% 区间）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/metric_bars.py" line="51"/>
        <source>No algorithm has a value for {0}.</source>
        <translation>没有算法有 {0} 的数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/metric_bars.py" line="87"/>
        <source>Highest mean: {0} ({1:.3f}). Overlapping whiskers mean the difference may be chance; the paired comparison above says how sure it is.</source>
        <translation>平均值最高：{0}（{1:.3f}）。误差线重叠表示差异可能出于偶然；上方的配对比较说明了把握有多大。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/learning_curve.py" line="23"/>
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/learning_curve.py" line="29"/>
        <source>interactions the profile had in training</source>
        <translation>用户在训练中的交互数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/learning_curve.py" line="38"/>
        <source>{0} by how much a profile has rated or played</source>
        <translation>按用户评分或播放数量划分的 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/learning_curve.py" line="47"/>
        <source>No tested profile: nothing to draw.</source>
        <translation>没有被测用户：无可绘制。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/learning_curve.py" line="89"/>
        <source>Each point is the mean over the profiles in that band (how many in brackets), with its 95 % interval. Where a line climbs, more data helps that algorithm.</source>
        <translation>每个点是该区段内用户的平均值（括号内为用户数），并附 95% 区间。曲线上升之处，说明更多数据对该算法有帮助。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/grouped_bars.py" line="60"/>
        <location filename="../../desktop_recsys/ui/charts/grouped_bars.py" line="63"/>
        <source>share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="20"/>
        <source>Popularity bias: head to long tail</source>
        <translation>流行度偏差：从头部到长尾</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="26"/>
        <source>items ranked by popularity (share of the catalogue, %)</source>
        <translation>按流行度排序的条目（占目录的比例，%）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="35"/>
        <source>No recommendations to place on the catalogue.</source>
        <translation>没有可放到目录上的推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="42"/>
        <source>Interactions in the catalogue</source>
        <translation>目录中的交互</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="53"/>
        <source>{0}: {1:.0%} from the long tail</source>
        <translation>{0}：{1:.0%} 来自长尾</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="59"/>
        <source>Grey: how the catalogue&apos;s interactions spread from the most popular tenth of the items to the least. Coloured: where each algorithm&apos;s recommendations fall. {0}.</source>
        <translation>灰色：目录中的交互从最热门的十分之一条目到最冷门条目的分布。彩色：各算法推荐所落的位置。{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="64"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/popularity_bias.py" line="73"/>
        <source>top {0:g} %</source>
        <translation>前 {0:g}%</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/calibration.py" line="21"/>
        <source>Genre calibration: history against recommendations</source>
        <translation>类型校准：历史与推荐对比</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/calibration.py" line="32"/>
        <source>The items have no genres: nothing to calibrate.</source>
        <translation>条目没有类型：无可校准。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/calibration.py" line="37"/>
        <source>History of {0}</source>
        <translation>{0} 的历史</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/calibration.py" line="48"/>
        <source>A calibrated list has the genres of the history in the same proportions. Closest over all tested profiles: {0} (divergence {1:.2f}; 0 is a perfect match).</source>
        <translation>校准良好的列表与历史中的类型比例相同。在所有被测用户上最接近的是：{0}（散度 {1:.2f}；0 表示完全一致）。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/calibration.py" line="57"/>
        <source>A calibrated list has the genres of the history.</source>
        <translation>校准良好的列表与历史中的类型一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="32"/>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="135"/>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="222"/>
        <source>Catalogue map</source>
        <extracomment>The catalogue&apos;s dots and a profile&apos;s history, by theme: the history stands out against the background and the dots (tests/ui/test_catalogue_map_colours.py checks the contrast).</extracomment>
        <translation>目录地图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="137"/>
        <source>No map: the items have nothing to place them by.</source>
        <translation>无地图：条目没有可用于定位的信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="95"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="53"/>
        <source>Colour by energy (sound analysis)</source>
        <translation>按能量着色（声音分析）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="150"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="154"/>
        <source>Held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="159"/>
        <source>Recommended by {0}</source>
        <translation>{0} 的推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="163"/>
        <source>the current profile</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="165"/>
        <source>Each dot is an item; nearby items are alike. {0}&apos;s history is the larger round dots, the items held out for the test are green squares, and stars are what {1} recommended. Hover a dot to name it; scroll to zoom.</source>
        <translation>每个点是一个条目，相近的条目彼此相似。{0} 的历史为较大的圆点，留作测试的条目为绿色方块，星形是 {1} 的推荐。将鼠标悬停在点上可查看名称；滚动可缩放。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="206"/>
        <source>calm: blue, then yellow, intense: red; grey: not analysed ({0:,} of {1:,})</source>
        <translation>平静：蓝色，其次黄色，激烈：红色；灰色：未分析（{1:,} 个中的 {0:,} 个）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="223"/>
        <source>Catalogue map: what {0} recommends</source>
        <translation>目录地图：{0} 推荐的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="233"/>
        <source>Placed by {0} with t-SNE</source>
        <translation>按{0}用 t-SNE 排布</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="235"/>
        <source>Placed by {0} with PCA: the two axes show {1:.0%} of the variance</source>
        <translation>按{0}用 PCA 排布：两个坐标轴展示了 {1:.0%} 的方差</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="247"/>
        <source>All {0:,} items</source>
        <translation>全部 {0:,} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="250"/>
        <source>The {0:,} most popular of {1:,} items</source>
        <translation>{1:,} 个条目中最热门的 {0:,} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="253"/>
        <source>The {0:,} most popular of {1:,} items, plus {2:,} highlighted ones</source>
        <translation>{1:,} 个条目中最热门的 {0:,} 个，另加 {2:,} 个突出显示的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/catalogue_map.py" line="304"/>
        <source>Item: {0}</source>
        <translation>条目：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="43"/>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="88"/>
        <source>Training progress</source>
        <extracomment>Earlier fits kept as faint lines.</extracomment>
        <translation>训练进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="97"/>
        <source>{0} — training loss {1:.4g}</source>
        <translation>{0} — 训练损失 {1:.4g}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="101"/>
        <source>Faint lines: earlier fits of the same algorithm (folds, trials).</source>
        <translation>淡色线条：同一算法之前的拟合（折、试验）。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="116"/>
        <source>{0} — {1:.0%} after {2:.1f} s.</source>
        <translation>{0} — {2:.1f} 秒后完成 {1:.0%}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="125"/>
        <source>This step has no training loss; the lines show the epochs so far.</source>
        <translation>此步骤没有训练损失；线条显示目前已完成的轮次。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="133"/>
        <source>No training loss to draw (closed-form algorithms such as ease have none): showing progress.</source>
        <translation>没有可绘制的训练损失（ease 等闭式解算法没有损失）：改为显示进度。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="145"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="146"/>
        <source>done (%)</source>
        <translation>完成（%）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="154"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="155"/>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="209"/>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="207"/>
        <source>Training loss (relative to epoch 1)</source>
        <translation>训练损失（相对于第 1 轮）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/charts/training_progress.py" line="82"/>
        <source>Waiting for the job to start…</source>
        <extracomment>Per algorithm, its fits in this job: each a list of (epoch, loss), the last current.</extracomment>
        <translation>正在等待任务开始…</translation>
    </message>
</context>
<context>
    <name>LabChartsArea</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="60"/>
        <source>Metric of the bars and the learning curve</source>
        <extracomment>Charts drawn from a run&apos;s result (the progress chart is drawn live instead). Pages beside the charts that are not charts: (widget, tab name, tooltip).</extracomment>
        <translation>柱状图和学习曲线所用的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="67"/>
        <source>Whose recommendations the map shows</source>
        <translation>地图显示谁的推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="78"/>
        <source>Export c&amp;hart</source>
        <translation>导出图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="79"/>
        <source>Export the chart shown</source>
        <translation>导出当前显示的图表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="82"/>
        <source>As PNG image…</source>
        <translation>导出为 PNG 图像…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="83"/>
        <source>As SVG drawing…</source>
        <translation>导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="87"/>
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="90"/>
        <source>&amp;Map shows:</source>
        <translation>地图显示(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="93"/>
        <source>Pro&amp;jection:</source>
        <translation>投影方式(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="117"/>
        <source>How the map places the items</source>
        <translation>地图如何摆放条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="121"/>
        <source>Principal components: quick, keeps the broad layout</source>
        <translation>主成分分析：速度快，保留整体布局</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="128"/>
        <source>Keeps neighbours together, so clusters show; takes a while (a background job)</source>
        <translation>让相邻条目聚在一起，便于看出聚类；需要一些时间（后台任务）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="148"/>
        <source>Preparing the charts…</source>
        <translation>正在准备图表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="176"/>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="186"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="177"/>
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="178"/>
        <source>Popularity bias</source>
        <translation>流行度偏差</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="179"/>
        <source>Genre calibration</source>
        <translation>类型校准</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="180"/>
        <source>Catalogue map</source>
        <translation>目录地图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="181"/>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="187"/>
        <source>Learning</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="188"/>
        <source>Popularity</source>
        <translation>流行度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="189"/>
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="190"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/charts_area.py" line="191"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>LabEvaluation</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="63"/>
        <source>Tick at least one algorithm.</source>
        <extracomment>The evaluation is over, in any way (the bar may go). Its result (a :class:`~desktop_recsys.services.lab_service.LabResult`), to show. Why nothing was started (nothing ticked, bad cutoffs). The last submitted run&apos;s protocol in words (&quot;&quot; before the first).</extracomment>
        <translation>请至少勾选一个算法。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="67"/>
        <source>Cutoffs are whole numbers from 1 to 500, such as 10 or 10, 20.</source>
        <translation>截断值是 1 到 500 之间的整数，例如 10 或 10, 20。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="98"/>
        <source>Evaluating {0}…</source>
        <translation>正在评估 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="109"/>
        <source>{0}-fold cross-validation</source>
        <translation>{0} 折交叉验证</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="112"/>
        <source>The last {0} items of each profile, by time</source>
        <translation>按时间，每个用户最后 {0} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="113"/>
        <source>The most recent 20 % of each profile&apos;s items</source>
        <translation>每个用户最近 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="115"/>
        <source>Random holdout of 20 % of the profile&apos;s items, repeated 5 times</source>
        <translation>随机留出该用户 20% 的条目，重复 5 次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="116"/>
        <source>Random holdout of 20 % of each profile&apos;s items</source>
        <translation>随机留出每个用户 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="124"/>
        <source>Done in {0:.1f} s.</source>
        <translation>用时 {0:.1f} 秒完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="130"/>
        <source>The evaluation failed: {0}</source>
        <translation>评估失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/evaluation.py" line="136"/>
        <source>Evaluation cancelled; the table still shows the previous run.</source>
        <translation>评估已取消；表格仍显示上一次的结果。</translation>
    </message>
</context>
<context>
    <name>LabMemory</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/memory.py" line="63"/>
        <source>Last tuning, {0}:</source>
        <extracomment>When the evaluation shown was kept (None: it ran in this session, or none).</extracomment>
        <translation>上次调优，{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/memory.py" line="72"/>
        <source>Last evaluation, {0} (kept with this library; run it again to export it or to see the map):</source>
        <translation>上次评估，{0}（随此媒体库保存；重新运行才能导出或查看地图）：</translation>
    </message>
</context>
<context>
    <name>LabResultsPanel</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="58"/>
        <source>E&amp;xport table</source>
        <extracomment>A line for the status bar (an export was written). Something to say beside the Lab&apos;s progress too (an export asked for without a run).</extracomment>
        <translation>导出表格(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="59"/>
        <source>Export the results table</source>
        <translation>导出结果表格</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="62"/>
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="63"/>
        <source>As HTML page…</source>
        <translation>导出为 HTML 页面…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="64"/>
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="90"/>
        <source>No evaluation yet: tick the algorithms to compare and press Run evaluation.</source>
        <translation>尚未评估：勾选要比较的算法，然后按“运行评估”。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="93"/>
        <source>Evaluation results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="119"/>
        <source>{0}. {1:,} profiles and {2:,} items; {3:,} interactions to learn from, {4:,} held out; {5:,} profiles tested.</source>
        <translation>{0}。{1:,} 个用户，{2:,} 个条目；{3:,} 个用于学习的交互，{4:,} 个留出；测试了 {5:,} 个用户。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="179"/>
        <source>Run two or more algorithms to compare them.</source>
        <translation>运行两个或更多算法即可比较它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="188"/>
        <source>{0} beats {1}, whose candidates it re-ranks, on {2}: {3:.3f} against {4:.3f}.</source>
        <translation>{0} 在 {2} 上胜过它所重排候选的来源 {1}：{3:.3f} 对 {4:.3f}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="191"/>
        <source>{0} does not beat {1}, whose candidates it re-ranks, on {2}: {3:.3f} against {4:.3f} (95 % interval of the difference {5:+.3f} to {6:+.3f}); {1} alone does as well or better, and is simpler.</source>
        <translation>{0} 在 {2} 上没有胜过它所重排候选的来源 {1}：{3:.3f} 对 {4:.3f}（差值的 95% 区间 {5:+.3f} 至 {6:+.3f}）；单用 {1} 效果相当或更好，而且更简单。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="214"/>
        <source>A vs B on {0}: {1} beats {2} by {3:.3f} on this one split. One profile on one split gives no interval: the holdout or k-fold protocol shows how sure it is.</source>
        <translation>A 与 B 在 {0} 上的比较：{1} 在这一次划分上比 {2} 高 {3:.3f}。一个用户、一次划分无法给出区间：随机留出或 k 折交叉验证可以显示其可信程度。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="218"/>
        <source>The interval leaves out zero: a clear difference.</source>
        <translation>区间不包含零：差异明显。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="220"/>
        <source>The interval includes zero: this could be chance.</source>
        <translation>区间包含零：这可能出于偶然。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="224"/>
        <source>A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to {5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} splits of this profile&apos;s data. {8}</source>
        <translation>A 与 B 在 {0} 上的比较：{1} 平均比 {2} 高 {3:.3f}（95% 区间 {4:.3f} 至 {5:.3f}），在该用户数据的 {7:,} 次划分的重抽样中有 {6:.0%} 领先。{8}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="230"/>
        <source>A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to {5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} profiles. {8}</source>
        <translation>A 与 B 在 {0} 上的比较：{1} 平均比 {2} 高 {3:.3f}（95% 区间 {4:.3f} 至 {5:.3f}），在 {7:,} 个用户的重抽样中有 {6:.0%} 领先。{8}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="250"/>
        <source>Run an evaluation first.</source>
        <translation>请先运行评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="253"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="254"/>
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="255"/>
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="259"/>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="271"/>
        <source>This evaluation was kept from an earlier session without its report: run it again to export it.</source>
        <translation>此评估保存自之前的会话，不含报告：请重新运行后再导出。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/results.py" line="282"/>
        <source>Exported the results to {0}</source>
        <translation>已将结果导出到 {0}</translation>
    </message>
</context>
<context>
    <name>LabSettingsPanel</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="86"/>
        <source>Algorithms to compare</source>
        <extracomment>Steps of the progress bar (fractions 0..1 are shown in thousandths). Cutoffs K accepted in the &quot;Cutoffs&quot; box. The ticked algorithms, the cutoffs or the profile changed: Run and Tune may change.</extracomment>
        <translation>要比较的算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="87"/>
        <source>Tick the algorithms to compare (Space ticks)</source>
        <translation>勾选要比较的算法（空格键勾选）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="88"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="92"/>
        <source>Which items to evaluate on</source>
        <translation>在哪些条目上评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="98"/>
        <source>Evaluation protocol</source>
        <translation>评估方案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="99"/>
        <source>Random holdout</source>
        <translation>随机留出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="100"/>
        <source>Last items by time</source>
        <translation>按时间的最后条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="101"/>
        <source>k-fold cross-validation</source>
        <translation>k 折交叉验证</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="104"/>
        <source>Hold out 20 % of each profile&apos;s items at random</source>
        <translation>随机留出每个用户 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="109"/>
        <source>Hold out each profile&apos;s most recent items: would it have predicted them?</source>
        <translation>留出每个用户最近的条目：它能预测到吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="113"/>
        <source>Every item is held out once, in k rounds</source>
        <translation>每个条目在 k 轮中各留出一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="119"/>
        <source>Number of folds k</source>
        <translation>折数 k</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="123"/>
        <source>20 %</source>
        <translation>20%</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="124"/>
        <source>How many recent items to hold out</source>
        <translation>留出多少个最近的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="125"/>
        <source>How many of the latest items to hold out per profile</source>
        <translation>每个用户留出多少个最新的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="130"/>
        <source>Whose results count</source>
        <translation>计入谁的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="131"/>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="338"/>
        <source>All profiles</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="135"/>
        <source>Cutoffs K</source>
        <translation>截断值 K</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="137"/>
        <source>List lengths to measure, such as 10 or 10, 20 (NDCG@10, Recall@20…)</source>
        <translation>要测量的列表长度，例如 10 或 10, 20（NDCG@10、Recall@20…）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="140"/>
        <source>Use &amp;tuned settings</source>
        <translation>使用调优后的设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="143"/>
        <source>Evaluate each algorithm with the settings its last tuning chose</source>
        <translation>用每个算法上次调优选出的设置来评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="149"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="150"/>
        <source>Tuning time per algorithm</source>
        <translation>每个算法的调优时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="153"/>
        <source>&amp;Run evaluation</source>
        <translation>运行评估(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="157"/>
        <source>Measure the ticked algorithms (Ctrl+Enter)</source>
        <translation>测量勾选的算法（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="158"/>
        <source>T&amp;une</source>
        <translation>调优(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="161"/>
        <source>Search better settings for each ticked algorithm within the time budget</source>
        <translation>在时间预算内为每个勾选的算法搜索更好的设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="163"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="171"/>
        <source>Progress of the Lab&apos;s job</source>
        <translation>实验室任务的进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="186"/>
        <source>&amp;Items:</source>
        <translation>条目(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="187"/>
        <source>&amp;Protocol:</source>
        <translation>方案(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="188"/>
        <source>&amp;Folds k:</source>
        <translation>折数 k(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="190"/>
        <source>&amp;Hold out:</source>
        <translation>留出(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="192"/>
        <source>P&amp;rofiles:</source>
        <translation>用户(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="193"/>
        <source>Cutoffs &amp;K:</source>
        <translation>截断值 K(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="204"/>
        <source>&amp;Algorithms:</source>
        <translation>算法(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="290"/>
        <source>{0} is made for predicting star ratings: judge it by RMSE and MAE (the command line&apos;s evaluate --signal ratings). In lists it re-orders the candidates of a top-N model by predicted rating.</source>
        <translation>{0} 用于预测星级评分：请以 RMSE 和 MAE 评判（命令行的 evaluate --signal ratings）。在列表中，它按预测评分重新排列一个 Top-N 模型的候选条目。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="294"/>
        <source>{0} is made for ranked lists: judge it by NDCG and recall.</source>
        <translation>{0} 用于排序列表：请以 NDCG 和召回率评判。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/settings.py" line="301"/>
        <source>Could not list the algorithms: {0}</source>
        <translation>无法列出算法：{0}</translation>
    </message>
</context>
<context>
    <name>LabTuning</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="62"/>
        <source>Tick the algorithms to tune.</source>
        <extracomment>The tuning is over, in any way (the bar may go). Why nothing was started (nothing ticked). The tuning finished: the summaries (:class:`~desktop_recsys.services.lab_service. TuningSummary`) of each algorithm, for keeping with the library.</extracomment>
        <translation>请勾选要调优的算法。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="87"/>
        <source>Tuning {0}…</source>
        <translation>正在调优 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="101"/>
        <source>{0} of {1}: {2}</source>
        <translation>第 {0}/{1} 个：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="112"/>
        <source>Tuning done.</source>
        <translation>调优完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="119"/>
        <source>Tuning failed: {0}</source>
        <translation>调优失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="128"/>
        <source>Tuning cancelled; the algorithms tuned before the cancel keep their stored settings, nothing was stored for the one under way.</source>
        <translation>调优已取消；取消前已调优的算法保留其已存储的设置，正在进行的那个没有存储任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="132"/>
        <source>Tuning cancelled; nothing was stored.</source>
        <translation>调优已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="153"/>
        <source>{0}: no trial finished within the budget; nothing was stored.</source>
        <translation>{0}：预算内没有试验完成；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="158"/>
        <source>{0}: the default settings stayed best ({1} {2:.3f}, {3} trials in {4:.0f} s).</source>
        <translation>{0}：默认设置仍是最佳（{1} {2:.3f},{4:.0f} 秒内 {3} 次试验）。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/tuning.py" line="166"/>
        <source>{0}: {1} {2:.3f} with {3} (defaults: {4}); {5} trials in {6:.0f} s. Stored; tick “Use tuned settings” to evaluate with it.</source>
        <translation>{0}：使用 {3} 时 {1} 为 {2:.3f}（默认：{4}）；{6:.0f} 秒内 {5} 次试验。已保存；勾选“使用调优后的设置”即可用它评估。</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="51"/>
        <source>Filter by genre</source>
        <extracomment>The year boxes show this as &quot;any&quot; (their minimum), so no filter is set by default.</extracomment>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="56"/>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="134"/>
        <source>Any genre</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="63"/>
        <source>Earliest year</source>
        <translation>最早年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="64"/>
        <source>Latest year</source>
        <translation>最晚年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="67"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="81"/>
        <source>Filter by your rating</source>
        <translation>按你的评分筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="82"/>
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="83"/>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="84"/>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="86"/>
        <source>{0}★ or more</source>
        <translation>{0}★ 及以上</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="90"/>
        <source>Filter by plays</source>
        <translation>按播放筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="91"/>
        <source>Played or not</source>
        <translation>播放与否均可</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="92"/>
        <source>Played</source>
        <translation>已播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="93"/>
        <source>Never played</source>
        <translation>从未播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="97"/>
        <source>Filter by file</source>
        <translation>按文件筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="98"/>
        <source>Any file</source>
        <translation>任意文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="99"/>
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="100"/>
        <source>File present</source>
        <translation>文件存在</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="102"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="106"/>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="108"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="141"/>
        <source>{0} ({1:,})</source>
        <translation>{0}({1:,})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="159"/>
        <source>Filter by explicit lyrics</source>
        <translation>按露骨歌词筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="160"/>
        <source>Any lyrics</source>
        <translation>任意歌词</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="161"/>
        <source>Clean</source>
        <translation>无露骨</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="163"/>
        <source>Not marked explicit</source>
        <translation>未标记为含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="165"/>
        <source>Explicit</source>
        <translation>含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="167"/>
        <source>Filter by certification</source>
        <translation>按分级筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="168"/>
        <source>Any age</source>
        <translation>任意年龄</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="171"/>
        <source>All ages</source>
        <translation>所有年龄</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="171"/>
        <source>Up to {0}</source>
        <translation>至多 {0} 岁</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="175"/>
        <source>Certified {0} or younger</source>
        <translation>分级为 {0} 或更低</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="178"/>
        <source>Unrated</source>
        <translation>未分级</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="86"/>
        <source>Music</source>
        <extracomment>A short message for the status bar (a rating stored, a write refused). A rating or mark was written here, so other screens re-read. Items were marked &quot;not interested&quot;: (profile id, item ids, what to tell) for an undo. The music player&apos;s menu entries and double-click (ui/playback/library_menu.py). &quot;Start radio&quot; in the item menu (ui/radio installs it).</extracomment>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="86"/>
        <source>track</source>
        <translation>首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="86"/>
        <source>tracks</source>
        <translation>首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="87"/>
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="87"/>
        <source>artist</source>
        <translation>位艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="87"/>
        <source>artists</source>
        <translation>位艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="88"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="88"/>
        <source>film</source>
        <translation>部电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="88"/>
        <source>films</source>
        <translation>部电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="93"/>
        <source>Search title, artist, album, genre (Ctrl+F)</source>
        <translation>搜索标题、艺术家、专辑、类型 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="95"/>
        <source>Search the library</source>
        <translation>搜索媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="174"/>
        <source>Edit metadata</source>
        <translation>编辑元数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="299"/>
        <source>Choose a profile first</source>
        <translation>请先选择一个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="321"/>
        <source>“{0}” will not be recommended again</source>
        <translation>将不再推荐“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="323"/>
        <source>{0:,} items will not be recommended again</source>
        <translation>{0:,} 个条目不会再被推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="388"/>
        <source>{0:,} of {1:,} {2} shown (filtered)</source>
        <translation>显示 {1:,} {2}中的 {0:,} 个（已筛选）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="391"/>
        <source>{0:,} of {1:,} {2} match “{3}”</source>
        <translation>{1:,} {2}中有 {0:,} 个匹配“{3}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="394"/>
        <source>{0:,} {1}</source>
        <translation>{0:,} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="417"/>
        <source>Rated {0} of 5 stars</source>
        <translation>已评为 {0} 星（满分 5 星）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="419"/>
        <source>Rated {0} items {1} of 5 stars</source>
        <translation>已将 {0} 个条目评为 {1} 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="423"/>
        <source>Rating cleared</source>
        <translation>评分已清除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="425"/>
        <source>Cleared the ratings of {0} items</source>
        <translation>已清除 {0} 个条目的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="462"/>
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="465"/>
        <source>Clear rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="478"/>
        <source>&amp;Not interested</source>
        <translation>不感兴趣(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="479"/>
        <source>&amp;Don&apos;t learn from this</source>
        <translation>不从此学习(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="494"/>
        <source>&amp;Edit metadata…	Ctrl+E</source>
        <translation>编辑元数据(&amp;E)…	Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="498"/>
        <source>&amp;Open with the system player</source>
        <translation>用系统播放器打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="502"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="530"/>
        <source>{0} ({1:,})</source>
        <translation>{0}({1:,})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="541"/>
        <source>{0} ({1:,} of {2:,})</source>
        <translation>{0}（{1:,} / {2:,}）</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="70"/>
        <source>Limits for “{0}”</source>
        <extracomment>Asks for a secret: (title, label) -&gt; the text, or None when cancelled.</extracomment>
        <translation>“{0}”的限制</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="80"/>
        <source>Maximum certification</source>
        <translation>最高分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="81"/>
        <source>Any (no limit)</source>
        <translation>任意（不限制）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="89"/>
        <source>Films certified above this are hidden everywhere: For you, search, radio, mixes, playlists and exports. Systems are compared by minimum age.</source>
        <translation>分级高于此项的影片在各处都会隐藏：为你推荐、搜索、电台、混音、播放列表和导出。不同分级制度按最低年龄比较。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="93"/>
        <source>Hide &amp;explicit tracks</source>
        <translation>隐藏含露骨内容的曲目(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="96"/>
        <source>Hide films &amp;without a certification</source>
        <translation>隐藏没有分级的影片(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="99"/>
        <source>For a child: a film nobody rated may be anything</source>
        <translation>适合儿童用户：没有分级的影片可能是任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="105"/>
        <source>Blocked genres</source>
        <translation>屏蔽的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="106"/>
        <source>Blocked tags</source>
        <translation>屏蔽的标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="111"/>
        <source>Set &amp;PIN…</source>
        <translation>设置 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="114"/>
        <source>&amp;Remove PIN</source>
        <translation>移除 PIN(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="128"/>
        <source>&amp;Maximum certification:</source>
        <translation>最高分级(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="135"/>
        <source>Blocked &amp;genres:</source>
        <translation>屏蔽的类型(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="135"/>
        <source>Blocked &amp;tags:</source>
        <translation>屏蔽的标签(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="166"/>
        <source>{0} (all ages)</source>
        <translation>{0}（所有年龄）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="167"/>
        <source>{0} ({1}+)</source>
        <translation>{0}（{1}+）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="210"/>
        <source>The PIN will be removed on Save.</source>
        <translation>保存时将移除 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="212"/>
        <source>A new PIN will be set on Save.</source>
        <translation>保存时将设置新的 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="214"/>
        <source>A PIN protects these limits and switching away from this profile.</source>
        <translation>PIN 保护这些限制，也保护从此用户切换走。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="216"/>
        <source>No PIN: anyone can change these limits.</source>
        <translation>没有 PIN：任何人都可以更改这些限制。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="223"/>
        <source>The saved limits hide {0:,} films and {1:,} tracks from this profile.</source>
        <translation>已保存的限制对此用户隐藏了 {0:,} 部影片和 {1:,} 首曲目。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="231"/>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="234"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="231"/>
        <source>New PIN (at least 4 characters):</source>
        <translation>新 PIN（至少 4 个字符）：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="234"/>
        <source>The new PIN again:</source>
        <translation>再次输入新 PIN：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="236"/>
        <source>The two PINs differ; no PIN was chosen.</source>
        <translation>两次输入的 PIN 不同；未设置 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="239"/>
        <source>A PIN has at least 4 characters; no PIN was chosen.</source>
        <translation>PIN 至少需要 4 个字符；未设置 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="255"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="256"/>
        <source>The PIN of “{0}”, to change its limits:</source>
        <translation>输入“{0}”的 PIN 以更改其限制：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="272"/>
        <source>Wrong PIN: nothing was changed.</source>
        <translation>PIN 错误：未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ListPane</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/list_pane.py" line="180"/>
        <source>“{0}” will not be recommended again</source>
        <extracomment>A short message for the status bar (a rating stored, a write refused). Items were marked &quot;not interested&quot;: (profile id, item ids, what to tell) for an undo. A rating or mark was written here, so other screens re-read. &quot;Start radio&quot; in the item menu (ui/radio installs it). The player&apos;s &quot;Play&quot;, &quot;Play next&quot;, &quot;Add to queue&quot; (tracks) and the films&apos; &quot;Play&quot; and &quot;Mark as watched&quot;: set by the window when it has them (ui/playback installs them).</extracomment>
        <translation>将不再推荐“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/list_pane.py" line="263"/>
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/list_pane.py" line="265"/>
        <source>Clear rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/list_pane.py" line="269"/>
        <source>&amp;Not interested	Del</source>
        <translation>不感兴趣(&amp;N)	Del</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="130"/>
        <source>Screens</source>
        <extracomment>Write-lane jobs that do not change what the library tables show (no refresh after them). Jobs the screens start and withdraw by themselves; their cancelling is no news to a person. Restore the open library from this backup file (confirmed in Settings). The handler (the composition root) must close every connection to the library first; without a handler Settings offers no restore. The current profile changed (its id, or None). The app&apos;s data folder, shown in Settings (a library&apos;s models may live elsewhere).</extracomment>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="133"/>
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="134"/>
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="135"/>
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="136"/>
        <source>Model Lab</source>
        <translation>模型实验室</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="137"/>
        <source>Playlists</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="142"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="170"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="178"/>
        <location filename="../../desktop_recsys/ui/main_window.py" line="638"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="200"/>
        <source>Show the jobs panel</source>
        <translation>显示任务面板</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="378"/>
        <source>{0}: started</source>
        <translation>{0}：已开始</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="384"/>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="409"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="410"/>
        <source>&amp;Open Library…</source>
        <translation>打开媒体库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="414"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="420"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="426"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="432"/>
        <source>&amp;Profile</source>
        <translation>用户(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="433"/>
        <source>&amp;Manage Profiles…</source>
        <translation>管理用户(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="437"/>
        <source>&amp;Train Now</source>
        <translation>立即训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="442"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="443"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="451"/>
        <source>&amp;Library</source>
        <translation>媒体库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="452"/>
        <source>&amp;For You</source>
        <translation>为你推荐(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="453"/>
        <source>&amp;Insights</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="454"/>
        <source>&amp;Model Lab</source>
        <translation>模型实验室(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="455"/>
        <source>&amp;Playlists</source>
        <translation>播放列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="467"/>
        <source>&amp;Music</source>
        <translation>音乐(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="468"/>
        <source>&amp;Artists</source>
        <translation>艺术家(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="469"/>
        <source>F&amp;ilms</source>
        <translation>电影(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="479"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="482"/>
        <source>&amp;Details Pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="489"/>
        <source>Cancel the Running Job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="496"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="497"/>
        <source>&amp;About desktop_recsys</source>
        <translation>关于 desktop_recsys(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="530"/>
        <source>Shown again in recommendations</source>
        <translation>已重新出现在推荐中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="535"/>
        <source>Undo: {0}</source>
        <translation>撤销：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="561"/>
        <source>Open Library</source>
        <translation>打开媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="563"/>
        <source>Libraries (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>媒体库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="571"/>
        <source>About desktop_recsys</source>
        <translation>关于 desktop_recsys</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="573"/>
        <source>&lt;b&gt;desktop_recsys&lt;/b&gt; {0}&lt;br&gt;Recommendations for the music and films on your own computer. It works offline: nothing leaves this machine.</source>
        <translation>&lt;b&gt;desktop_recsys&lt;/b&gt; {0}&lt;br&gt;为你电脑上的音乐和电影提供推荐。完全离线运行：任何数据都不会离开本机。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="638"/>
        <source>Jobs ({0})</source>
        <translation>任务（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="640"/>
        <source>Show or hide every running and past job (Ctrl+J)</source>
        <translation>显示或隐藏所有正在运行和已完成的任务 (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="660"/>
        <source>{0}: done</source>
        <translation>{0}：完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="666"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="667"/>
        <source>{0}: cancelled</source>
        <translation>{0}：已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="672"/>
        <source>A job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="673"/>
        <source>{0} failed: {1}</source>
        <translation>{0} 失败：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="677"/>
        <source>{0} failed</source>
        <translation>{0} 失败</translation>
    </message>
</context>
<context>
    <name>MapProjection</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/map_projection.py" line="82"/>
        <source>Placing the items with t-SNE…</source>
        <extracomment>The job&apos;s progress changed :attr:`status` (a line to show under the map). A projection arrived: the map should be drawn again. The job failed or was cancelled (:attr:`status` says which): show the PCA map again. A line about the job under way (or failed); &quot;&quot; for none.</extracomment>
        <translation>正在用 t-SNE 摆放条目…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/map_projection.py" line="95"/>
        <source>Placing the catalogue map&apos;s items with t-SNE</source>
        <translation>用 t-SNE 摆放目录地图中的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/map_projection.py" line="111"/>
        <source>Placing the items with t-SNE… {0:.0%} (the PCA map is shown meanwhile)</source>
        <translation>正在用 t-SNE 摆放条目… {0:.0%}（其间显示 PCA 地图）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/map_projection.py" line="128"/>
        <source>t-SNE failed: {0}</source>
        <translation>t-SNE 失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/map_projection.py" line="136"/>
        <source>t-SNE was cancelled; choose it again to retry.</source>
        <translation>t-SNE 已取消；再次选择即可重试。</translation>
    </message>
</context>
<context>
    <name>MixCard</name>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="57"/>
        <source>{0} items · {1} favourites · {2} new</source>
        <translation>{0} 个条目 · {1} 首最爱 · {2} 首新推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="62"/>
        <source>Open “{0}”</source>
        <translation>打开“{0}”</translation>
    </message>
</context>
<context>
    <name>MixCardsRow</name>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="91"/>
        <source>Your daily mixes</source>
        <extracomment>A mix was opened: its list window. The window&apos;s session (it changes when another library is opened).</extracomment>
        <translation>你的每日合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="98"/>
        <source>Make my mixes now</source>
        <translation>现在生成我的合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="157"/>
        <source>Choose a profile to see its daily mixes.</source>
        <translation>选择一个用户以查看其每日合辑。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="169"/>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="222"/>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="230"/>
        <source>Making your daily mixes…</source>
        <translation>正在生成你的每日合辑…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="172"/>
        <source>Your daily mixes are made while the app is idle; or make them now.</source>
        <translation>每日合辑会在应用空闲时生成；也可以现在生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="177"/>
        <source>Your daily mixes appear here once you have rated or played more of what you like (4 stars, or twice).</source>
        <translation>当你为更多喜欢的内容评分或播放（4 星，或播放两次）后，每日合辑会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="185"/>
        <source>{0} mixes of your favourites and new picks, made again every day.</source>
        <translation>{0} 个由你的最爱和新推荐组成的合辑，每天重新生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="198"/>
        <source>{0} mixes made from the music you listen to, until you have favourite films; made again every day.</source>
        <translation>{0} 个合辑，来自你听的音乐，直到你有了喜爱的电影；每天重新生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="202"/>
        <source>{0} mixes made from the films you watch, until you have favourites here; made again every day.</source>
        <translation>{0} 个合辑，来自你看的电影，直到你在这里有了喜爱的条目；每天重新生成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="263"/>
        <source>{0} of your favourites and {1} new picks like them.</source>
        <translation>{0} 首你的最爱，以及 {1} 首与之相似的新推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="267"/>
        <source>{0} picks from the music you listen to.</source>
        <translation>{0} 个新选条目，来自你听的音乐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/mix_cards.py" line="269"/>
        <source>{0} picks from the films you watch.</source>
        <translation>{0} 个新选条目，来自你看的电影。</translation>
    </message>
</context>
<context>
    <name>ModelLabView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/view.py" line="279"/>
        <source>Cancelling…</source>
        <extracomment>A run&apos;s result is shown (the table and charts are filled).</extracomment>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>NoticeLabel</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="46"/>
        <source>Learning from the library for the first time. The list appears here when the model is ready; it takes a few seconds on a small library.</source>
        <extracomment>Colours per level; palette roles for &quot;info&quot; so it follows the theme.</extracomment>
        <translation>正在首次从媒体库学习。模型就绪后列表会显示在这里；小型媒体库只需几秒钟。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="58"/>
        <source>New ratings or plays since this model was trained ({0}). It is refreshed by itself while the app is idle.</source>
        <translation>此模型训练（{0}）之后有新的评分或播放。应用空闲时会自动更新。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/notice.py" line="63"/>
        <source>New ratings or plays since this model was trained ({0}). Retraining when idle is off in Settings; Train now refreshes it.</source>
        <translation>此模型训练（{0}）之后有新的评分或播放。设置中已关闭空闲时重新训练；“立即训练”可更新它。</translation>
    </message>
</context>
<context>
    <name>NowPlayingBar</name>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="73"/>
        <source>Now playing</source>
        <translation>正在播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="181"/>
        <source>Previous (Ctrl+Left)</source>
        <translation>上一首（Ctrl+Left）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="182"/>
        <source>Next (Ctrl+Right)</source>
        <translation>下一首（Ctrl+Right）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="183"/>
        <source>Shuffle</source>
        <translation>随机播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="184"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="185"/>
        <source>Queue</source>
        <translation>播放队列</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="189"/>
        <source>Position in the track</source>
        <translation>播放进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="190"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="210"/>
        <source>Nothing playing</source>
        <translation>未在播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="211"/>
        <source>Right-click a track in the Library: Play</source>
        <translation>在音乐库中右键点击曲目，选择“播放”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="217"/>
        <source>Unknown artist</source>
        <translation>未知艺人</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="247"/>
        <source>Cover art</source>
        <translation>封面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="253"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="253"/>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="290"/>
        <source>Repeat: off</source>
        <translation>循环：关</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="291"/>
        <source>Repeat: the whole queue</source>
        <translation>循环：整个队列</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/now_playing_bar.py" line="292"/>
        <source>Repeat: this track</source>
        <translation>循环：单曲</translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="302"/>
        <source>Wrong PIN</source>
        <translation>PIN 错误</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="312"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="312"/>
        <source>This profile has a PIN; type it to switch profile:</source>
        <translation>此用户设有 PIN；输入 PIN 以切换用户：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/limits_dialog.py" line="318"/>
        <source>Wrong PIN: the profile was not switched.</source>
        <translation>PIN 错误：未切换用户。</translation>
    </message>
</context>
<context>
    <name>PlayHook</name>
    <message>
        <location filename="../../desktop_recsys/ui/playback/library_menu.py" line="37"/>
        <source>&amp;Play</source>
        <extracomment>A double-click queues the clicked track and at most this many after it.</extracomment>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/library_menu.py" line="38"/>
        <source>Play ne&amp;xt</source>
        <translation>下一首播放(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/library_menu.py" line="40"/>
        <source>Add to &amp;queue</source>
        <translation>加入播放队列(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <location filename="../../desktop_recsys/ui/playback/controller.py" line="297"/>
        <source>Nothing to play: no music file of these is on this computer</source>
        <extracomment>&quot;Previous&quot; restarts the current track when more than this was played, as players do. A radio or mix hands more items when the queue runs out: () -&gt; item ids. The track now loaded changed (a TrackInfo, or None when nothing is loaded). Playing, paused or stopped (a State). Position and length in seconds, while playing and after a seek. The queue&apos;s entries or the current entry changed. The listener moved within the track (seconds): media controls show the new place. Shuffle, repeat or volume changed. A listening ended: (item id, skipped, share, recorded). Radio and mixes adapt to skips. A short line for the status bar (a file that cannot play, nothing playable queued).</extracomment>
        <translation>没有可播放的内容：这些项目在这台电脑上都没有音乐文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/controller.py" line="299"/>
        <source>Nothing to play</source>
        <translation>没有可播放的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/controller.py" line="304"/>
        <source>{0} of {1} items left out: no music file on this computer</source>
        <translation>{1} 项中有 {0} 项未加入：这台电脑上没有它们的音乐文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/controller.py" line="332"/>
        <source>This track&apos;s file is no longer on this computer</source>
        <translation>这首曲目的文件已不在这台电脑上</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/controller.py" line="338"/>
        <source>Music cannot play on this computer: {0}</source>
        <translation>这台电脑无法播放音乐：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/controller.py" line="407"/>
        <source>Cannot play “{0}”: {1}</source>
        <translation>无法播放“{0}”：{1}</translation>
    </message>
</context>
<context>
    <name>PlaybackMenu</name>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="55"/>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="78"/>
        <source>Pla&amp;yback</source>
        <extracomment>The main window (ui/main_window.py), which imports this package: typed loosely here.</extracomment>
        <translation>播放(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="79"/>
        <source>&amp;Play / Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="80"/>
        <source>&amp;Next Track</source>
        <translation>下一首(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="81"/>
        <source>P&amp;revious Track</source>
        <translation>上一首(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="82"/>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="83"/>
        <source>S&amp;huffle</source>
        <translation>随机播放(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="84"/>
        <source>Show the &amp;Queue</source>
        <translation>显示播放队列(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="117"/>
        <source>&amp;Repeat: Off</source>
        <translation>循环：关(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="118"/>
        <source>&amp;Repeat: All</source>
        <translation>循环：全部(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/__init__.py" line="119"/>
        <source>&amp;Repeat: One</source>
        <translation>循环：单曲(&amp;R)</translation>
    </message>
</context>
<context>
    <name>PlaylistMenu</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="38"/>
        <source>Added {0} item(s) to “{1}”</source>
        <extracomment>Called with a one-line message for the status bar once the items were added (or not).</extracomment>
        <translation>已将 {0} 个条目添加到“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="53"/>
        <source>Add to &amp;playlist</source>
        <translation>添加到播放列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="73"/>
        <source>New playlist</source>
        <translation>新建播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="74"/>
        <source>Name of the new playlist:</source>
        <translation>新播放列表的名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="79"/>
        <source>&amp;New playlist…</source>
        <translation>新建播放列表(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>PlaylistsView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="82"/>
        <source>Playlists</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="84"/>
        <source>New smart playlist…</source>
        <translation>新建智能播放列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="89"/>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="95"/>
        <source>Rediscovery</source>
        <translation>重新发现</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="96"/>
        <source>Fresh for you</source>
        <translation>为你新鲜推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="97"/>
        <source>Top rated by me</source>
        <translation>我评分最高</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="98"/>
        <source>Recently added</source>
        <translation>最近添加</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="131"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="132"/>
        <source>Start radio</source>
        <translation>开始电台</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="133"/>
        <source>Edit rules…</source>
        <translation>编辑规则…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="134"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="135"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="136"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="137"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="138"/>
        <source>Open in player</source>
        <translation>在播放器中打开</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="139"/>
        <source>Remove from playlist</source>
        <translation>从播放列表移除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="259"/>
        <source>Smart playlist</source>
        <translation>智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="259"/>
        <source>Playlist</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="271"/>
        <source>No playlists yet</source>
        <translation>还没有播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="274"/>
        <source>Add items from the Library&apos;s or For you&apos;s context menu, or make a smart playlist from rules.</source>
        <translation>可在“媒体库”或“为你推荐”的右键菜单中添加条目，或按规则新建智能播放列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="292"/>
        <source>{0} items, {1}</source>
        <translation>{0} 个条目，{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="296"/>
        <source>smart playlist, refreshed when the library changes</source>
        <translation>智能播放列表，媒体库变化时自动更新</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="300"/>
        <source>shared by every profile</source>
        <translation>所有用户共享</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="302"/>
        <source>{0} hidden by this profile&apos;s limits</source>
        <translation>{0} 项因此用户的限制而隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="335"/>
        <source>Rename playlist</source>
        <translation>重命名播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="335"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="347"/>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="349"/>
        <source>Made “{0}”</source>
        <translation>已创建“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="359"/>
        <source>Deleted “{0}”</source>
        <translation>已删除“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="367"/>
        <source>“{0}” is back</source>
        <translation>“{0}”已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="390"/>
        <source>Removed {0} item(s)</source>
        <translation>已移除 {0} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="419"/>
        <source>Playlist: {0}</source>
        <translation>播放列表：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="430"/>
        <source>None of these items has a file on this computer</source>
        <translation>这些条目在这台电脑上都没有文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="434"/>
        <source>Opened {0} file(s); {1} item(s) have no file here</source>
        <translation>已打开 {0} 个文件；{1} 个条目在这里没有文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="441"/>
        <source>Opened {0} file(s)</source>
        <translation>已打开 {0} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="459"/>
        <source>Export playlist</source>
        <translation>导出播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="461"/>
        <source>M3U8 playlist (*.m3u8);;CSV (*.csv)</source>
        <translation>M3U8 播放列表 (*.m3u8);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="471"/>
        <source>Exported {0} items to {1}</source>
        <translation>已导出 {0} 个条目到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/view.py" line="517"/>
        <source>Saved “{0}”: {1} items</source>
        <translation>已保存“{0}”：{1} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="33"/>
        <source>{0} min</source>
        <translation>{0} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/entries_model.py" line="34"/>
        <source>{0} h {1} min</source>
        <translation>{0} 小时 {1} 分钟</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcherWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="27"/>
        <source>&amp;Profile:</source>
        <translation>用户(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="35"/>
        <source>Current profile</source>
        <extracomment>Asked (profile left, profile chosen) before a switch; False keeps the profile (a PIN: ui/dialogs/limits_dialog.PinGuard).</extracomment>
        <translation>当前用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="41"/>
        <source>Whose ratings and recommendations are shown; type to find a profile</source>
        <translation>显示谁的评分和推荐；输入文字可查找用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="55"/>
        <source>Profiles…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="56"/>
        <source>Manage profiles</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="58"/>
        <source>Create, rename or delete profiles; friends and privacy</source>
        <translation>创建、重命名或删除用户；好友与隐私</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="91"/>
        <source>No profile yet</source>
        <translation>还没有用户</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="74"/>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="96"/>
        <source>Profiles</source>
        <extracomment>A profile&apos;s limits were saved (its id): every list must be read again. &quot;Show community profiles&quot; was switched (True: a data set&apos;s users are listed too).</extracomment>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="83"/>
        <source>Show &amp;community profiles</source>
        <extracomment>Asks for a PIN (title, label) -&gt; text or None; a test may answer instead.</extracomment>
        <translation>显示社区用户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="88"/>
        <source>The users an imported data set brought in (such as “ml:42”): they teach the models; shown here, in the profile switcher and in groups when ticked</source>
        <translation>导入的数据集带来的用户（如“ml:42”）：它们用于训练模型；勾选后会显示在这里、用户切换器和群组中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="101"/>
        <source>New profile name</source>
        <translation>新用户名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="102"/>
        <source>Name of the new profile</source>
        <translation>新用户的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="103"/>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="114"/>
        <source>Name of the selected profile</source>
        <translation>所选用户的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="115"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="119"/>
        <source>&amp;Delete profile…</source>
        <translation>删除用户(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="123"/>
        <source>Record what this profile plays</source>
        <translation>记录此用户的播放内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="126"/>
        <source>Friends&apos; recommendations may learn from this profile</source>
        <translation>好友的推荐可以从此用户学习</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="134"/>
        <source>Friends of the selected profile</source>
        <translation>所选用户的好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="139"/>
        <source>Items marked “not interested”</source>
        <translation>标记为“不感兴趣”的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="142"/>
        <source>&amp;Show again</source>
        <translation>重新显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="145"/>
        <source>The selected items may be recommended to this profile again</source>
        <translation>所选条目可以再次推荐给此用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="168"/>
        <source>Selected profile</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="173"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="176"/>
        <source>Privacy:</source>
        <translation>隐私：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="178"/>
        <source>&amp;Friends:</source>
        <translation>好友(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="181"/>
        <source>Not &amp;interested:</source>
        <translation>不感兴趣(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="185"/>
        <source>&amp;Limits…</source>
        <translation>限制(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="187"/>
        <source>What this profile may see; a PIN for a child</source>
        <translation>此用户可以看到的内容；可为儿童设置 PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="189"/>
        <source>Limits:</source>
        <translation>限制：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="228"/>
        <source>Show &amp;community profiles ({0:,})</source>
        <translation>显示社区用户（{0:,}）(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="247"/>
        <source>rating</source>
        <translation>条评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="247"/>
        <source>ratings</source>
        <translation>条评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="248"/>
        <source>play</source>
        <translation>次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="248"/>
        <source>plays</source>
        <translation>次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="250"/>
        <source>“not interested” or “don&apos;t learn” mark</source>
        <translation>个“不感兴趣”或“不从此学习”标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="251"/>
        <source>“not interested” or “don&apos;t learn” marks</source>
        <translation>个“不感兴趣”或“不从此学习”标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="253"/>
        <source>friendship</source>
        <translation>个好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="253"/>
        <source>friendships</source>
        <translation>个好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="254"/>
        <source>playlist</source>
        <translation>个播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="254"/>
        <source>playlists</source>
        <translation>个播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="262"/>
        <source>This erases its {0}.</source>
        <translation>这将删除其 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="262"/>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="264"/>
        <source>It has no ratings, plays, marks, friends or playlists.</source>
        <translation>它没有评分、播放记录、标记、好友或播放列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="266"/>
        <source>Delete the profile “{0}”?

{1}

The items in the library and the other profiles are kept. This cannot be undone.</source>
        <translation>删除用户“{0}”？

{1}

媒体库中的条目和其他用户会被保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="331"/>
        <source>Delete profile</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="352"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="352"/>
        <source>The PIN of “{0}”, to delete it:</source>
        <translation>输入“{0}”的 PIN 以删除它：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="357"/>
        <source>Wrong PIN: the profile was not deleted.</source>
        <translation>PIN 错误：未删除该用户。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="372"/>
        <source>Profile “{0}”</source>
        <translation>用户“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="446"/>
        <source>Nothing hidden</source>
        <translation>没有隐藏的条目</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop_recsys/ui/playback/queue_panel.py" line="39"/>
        <source>Queue</source>
        <translation>播放队列</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/queue_panel.py" line="42"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/queue_panel.py" line="44"/>
        <source>Clear what is next</source>
        <translation>清空后续曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/queue_panel.py" line="46"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/queue_panel.py" line="85"/>
        <source>Queue: {0} tracks</source>
        <translation>播放队列：{0} 首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/playback/queue_panel.py" line="85"/>
        <source>The queue is empty</source>
        <translation>播放队列为空</translation>
    </message>
</context>
<context>
    <name>RadioDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="228"/>
        <source>Radio</source>
        <extracomment>What the radio starts from, as the radio service reads it (&quot;item:42&quot;, &quot;playlist:Evening&quot;, &quot;album:Red&quot;, &quot;artist:Nina Simone&quot;).</extracomment>
        <translation>电台</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="229"/>
        <source>Radio: {0}</source>
        <translation>电台：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="234"/>
        <source>More like the seed or more like me</source>
        <translation>更像起点还是更像我</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="241"/>
        <source>More like the seed</source>
        <translation>更像起点</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="242"/>
        <source>More like me</source>
        <translation>更像我</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="252"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="270"/>
        <source>Tuning in…</source>
        <translation>正在调频…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="304"/>
        <source>your taste from the {0} model</source>
        <translation>来自 {0} 模型的你的口味</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="307"/>
        <source>your favourites (no model trained yet)</source>
        <translation>你的最爱（尚未训练模型）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="309"/>
        <source>no profile&apos;s taste</source>
        <translation>不考虑任何用户的口味</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="311"/>
        <source>{0} items like “{1}”, with {2}.</source>
        <translation>{0} 个与“{1}”相似的条目，结合{2}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="316"/>
        <source>{0} Sound share: {1} %.</source>
        <translation>{0}声音占比：{1}%。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/list_dialog.py" line="319"/>
        <source>Nothing more can follow without repeating an artist too soon.</source>
        <translation>再往后只能过早重复同一位艺人，电台到此为止。</translation>
    </message>
</context>
<context>
    <name>RadioHook</name>
    <message>
        <location filename="../../desktop_recsys/ui/radio/__init__.py" line="55"/>
        <source>Start &amp;radio</source>
        <extracomment>The main window (ui/main_window.py), which imports this package: typed loosely here. (ModelCache, NeighboursCache), made with the first radio (they load the engine). The radio windows opened (the newest last), for tests and for closing.</extracomment>
        <translation>开始电台(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/__init__.py" line="66"/>
        <source>Radio from the artist “{0}”</source>
        <translation>以艺人“{0}”开始电台</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/__init__.py" line="67"/>
        <source>Radio from the album “{0}”</source>
        <translation>以专辑“{0}”开始电台</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/__init__.py" line="120"/>
        <source>Start radio</source>
        <translation>开始电台</translation>
    </message>
</context>
<context>
    <name>RecommendationsTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="52"/>
        <source>#</source>
        <extracomment>Column headers, marked for lupdate; translated when a model makes its columns.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="53"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="54"/>
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="55"/>
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="56"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="57"/>
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="58"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="59"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="60"/>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="66"/>
        <source>No score during a blind test: the two recommenders score on different scales, so their scores cannot be compared, and showing them could tell which one placed an item. The # column is the order of the mixed list.</source>
        <extracomment>Why a blind test&apos;s list shows no score (issue 18): each recommender scores on its own scale, so no number compares items the two placed, and its own score would name it.</extracomment>
        <translation>盲测期间不显示得分：两个推荐算法的得分尺度不同，无法相互比较，显示出来还可能透露某个条目是哪一个放入的。# 列就是混合列表的顺序。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="251"/>
        <source>Click a star or press 1-5 to rate; 0 clears</source>
        <translation>点击星星或按 1-5 评分；按 0 清除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="263"/>
        <source>Popular pick: the model knows too little to judge this one</source>
        <translation>热门推荐：模型对此了解太少，无法判断</translation>
    </message>
</context>
<context>
    <name>RecommendationsTableView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/table.py" line="35"/>
        <source>Recommendations</source>
        <extracomment>The most and the least a text column asks for, in average characters. The reason keeps at least its lead (its short form up to the first title or term it cites, at most as wide as ``_LEAD_SAMPLE``; issue 19: at 1024 px it read &quot;Because…&quot; on every row); when space is short the artist (director) and genres give up their width first, then the title and the reason. The widest lead the reason keeps room for, measured in pixels with the table&apos;s font: a capitalised film title with its year (a cap of 28 *average* characters cut such a lead by a letter or two at 1024 px: capitals and digits are wider than the average). A wider lead elides (&quot;…&quot;); the tooltip and the &quot;Why this?&quot; pane show the whole sentence.</extracomment>
        <translation>推荐</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="26"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="27"/>
        <source>Genre</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="28"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="29"/>
        <source>Artist / director</source>
        <translation>艺术家／导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="30"/>
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="31"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="32"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="33"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="34"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="35"/>
        <source>My rating</source>
        <translation>我的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="36"/>
        <source>Plays (films: times watched)</source>
        <translation>播放次数（电影：观看次数）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="37"/>
        <source>Skips</source>
        <translation>跳过次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="38"/>
        <source>Played or watched</source>
        <translation>已播放或已观看</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="39"/>
        <source>Last played</source>
        <translation>上次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="40"/>
        <source>Days not played</source>
        <translation>未播放天数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="41"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="42"/>
        <source>Recommended score</source>
        <translation>推荐分数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="43"/>
        <source>Tempo (BPM)</source>
        <translation>速度（BPM）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="44"/>
        <source>Energy (0–1)</source>
        <translation>能量（0–1）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="45"/>
        <source>Certification</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="46"/>
        <source>Explicit</source>
        <translation>含露骨内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="47"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="55"/>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="56"/>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="57"/>
        <source>is unrated</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="58"/>
        <source>is rated</source>
        <translation>已分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="63"/>
        <source>is</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="64"/>
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="69"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="70"/>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="71"/>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="72"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="73"/>
        <source>is set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="74"/>
        <source>more than … ago</source>
        <translation>早于…之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="75"/>
        <source>within the last</source>
        <translation>在最近…之内</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="76"/>
        <source>before</source>
        <translation>早于</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="77"/>
        <source>on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="78"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="85"/>
        <source>e.g. 180d, 2w, 6m, 1y</source>
        <translation>例如 180d、2w、6m、1y</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="87"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="89"/>
        <source>e.g. 4m, 90s, 1h</source>
        <translation>例如 4m、90s、1h</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="91"/>
        <source>beats per minute, e.g. 120</source>
        <translation>每分钟节拍数，例如 120</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="93"/>
        <source>0 calm … 1 intense, e.g. 0.7</source>
        <translation>0 平静 … 1 激烈，例如 0.7</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="95"/>
        <source>e.g. PG-13, 12A, FSK 12 or an age: 12</source>
        <translation>例如 PG-13、12A、FSK 12，或年龄：12</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="97"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="98"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="123"/>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="124"/>
        <source>Remove this rule</source>
        <translation>删除这条规则</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="152"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="153"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="157"/>
        <source>track</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="158"/>
        <source>artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="159"/>
        <source>film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="207"/>
        <source>Match all of these</source>
        <translation>符合以下全部</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="208"/>
        <source>Match any of these</source>
        <translation>符合以下任一</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="216"/>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="217"/>
        <source>Remove this group</source>
        <translation>删除这个分组</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="222"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_widgets.py" line="225"/>
        <source>Add group</source>
        <translation>添加分组</translation>
    </message>
</context>
<context>
    <name>RuleBuilderDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="67"/>
        <source>Edit smart playlist</source>
        <translation>编辑智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="67"/>
        <source>New smart playlist</source>
        <translation>新建智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="83"/>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="84"/>
        <source>Tracks</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="85"/>
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="86"/>
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="91"/>
        <source>Start from a preset…</source>
        <translation>从预设开始…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="95"/>
        <source>Rediscovery</source>
        <translation>重新发现</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="96"/>
        <source>Fresh for you</source>
        <translation>为你新鲜推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="97"/>
        <source>Top rated by me</source>
        <translation>我评分最高</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="98"/>
        <source>Recently added</source>
        <translation>最近添加</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="115"/>
        <source>Highest / newest first</source>
        <translation>最高／最新在前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="120"/>
        <source>seed </source>
        <translation>种子 </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="127"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="128"/>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="129"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="144"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="145"/>
        <source>Items:</source>
        <translation>条目：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="154"/>
        <source>Order by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="155"/>
        <source>Limit:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="247"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="258"/>
        <source>{0} items match; the list holds {1}</source>
        <translation>{0} 个条目符合规则；列表中有 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/playlists/rule_builder.py" line="276"/>
        <source>Give the playlist a name</source>
        <translation>请给播放列表起个名字</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="103"/>
        <source>Settings</source>
        <extracomment>Language codes offered (``system``: the computer&apos;s language if translated, else English). A confirmed restore: the backup file to put in place of the library. A rescan or backup job was submitted (its id), for the caller&apos;s status line.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="115"/>
        <source>&amp;General</source>
        <extracomment>The latest rescan&apos;s jobs (handles; each compares equal to its job id).</extracomment>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="116"/>
        <source>L&amp;ibrary</source>
        <translation>媒体库(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="117"/>
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="147"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="150"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="156"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="160"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="165"/>
        <source>Training threads</source>
        <translation>训练线程数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="209"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="210"/>
        <source>Show the library file&apos;s folder</source>
        <translation>显示媒体库文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="215"/>
        <source>Library file:</source>
        <translation>媒体库文件：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="217"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="218"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="225"/>
        <source>Scanned &amp;folders:</source>
        <translation>扫描的文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="228"/>
        <source>Folders this library is scanned from</source>
        <translation>此媒体库扫描的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="233"/>
        <source>&amp;Rescan now</source>
        <translation>立即重新扫描(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="236"/>
        <source>Scan every folder again: new files are added, changed ones updated</source>
        <translation>再次扫描每个文件夹：添加新文件，更新已更改的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="239"/>
        <source>Re&amp;move from list</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="241"/>
        <source>Stop rescanning this folder (its items stay in the library)</source>
        <translation>不再重新扫描此文件夹（其条目仍保留在媒体库中）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="269"/>
        <source>A backup is a complete copy of the library: profiles, ratings, plays and playlists. One is taken every week, before a large import and before a restore; the newest ones are kept.</source>
        <extracomment>Ratings and play counts in the files (None without an open library).</extracomment>
        <translation>备份是媒体库的完整副本：用户、评分、播放记录和播放列表。每周、大型导入之前和恢复之前都会自动备份；保留最新的若干份。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="278"/>
        <source>Backups of this library</source>
        <translation>此媒体库的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="281"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="281"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="281"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="287"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="290"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="293"/>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="317"/>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="322"/>
        <source>{0} (not found)</source>
        <translation>{0}（未找到）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="319"/>
        <source>Rating tags count for {0}</source>
        <translation>评分标签计入{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="325"/>
        <source>Folders you scan with File ▸ Import… are listed here.</source>
        <translation>通过“文件 ▸ 导入…”扫描的文件夹会列在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="327"/>
        <source>Rescans are incremental: unchanged files are skipped.</source>
        <translation>重新扫描是增量的：未更改的文件会被跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="358"/>
        <source>No library is open.</source>
        <translation>没有打开的媒体库。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="371"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="386"/>
        <source>No backups yet. They are kept in {0}</source>
        <translation>还没有备份。备份保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="391"/>
        <source>To restore, quit the app and run: desktop-recsys restore FILE (backups are kept in {0})</source>
        <translation>如需恢复，请退出本应用并运行：desktop-recsys restore 文件（备份保存在 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="396"/>
        <source>Backups are kept in {0}</source>
        <translation>备份保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="401"/>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="402"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="403"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="404"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="407"/>
        <source>Before an upgrade (version {0})</source>
        <translation>升级之前（版本 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="425"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="444"/>
        <source>Restore the library?</source>
        <translation>恢复媒体库？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="445"/>
        <source>Replace the library with the backup taken {0}?</source>
        <translation>用 {0} 的备份替换媒体库？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="451"/>
        <source>Everything added or changed since then (ratings, plays, profiles, playlists and imports) will no longer be in the library. The library as it is now is first kept as a backup (“Before a restore”), so you can go back.

Running jobs are cancelled, the backup is checked, and the library is reopened. Trained models are kept; retrain them if their data changed.</source>
        <translation>此后添加或更改的所有内容（评分、播放记录、用户、播放列表和导入）都将不再存在于媒体库中。媒体库的当前状态会先保存为一份备份（“恢复之前”），因此你可以再恢复回来。

正在运行的任务会被取消，备份会先经过检查，然后重新打开媒体库。已训练的模型会保留；如果其数据已更改，请重新训练。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="458"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="501"/>
        <source>Restoring needs the library closed: quit the app and use the command line</source>
        <translation>恢复需要先关闭媒体库：请退出本应用并使用命令行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="184"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="169"/>
        <source>How many processor cores training may use; fewer keep the computer snappier. Applies from the next training on.</source>
        <translation>训练可使用的处理器核心数；越少电脑越流畅。从下一次训练起生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Retrain out-of-date &amp;models while the computer is idle</source>
        <translation>电脑空闲时重新训练过时的模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="179"/>
        <source>When no other job runs, models whose ratings or plays changed since they were trained are trained again in the background, with the same settings</source>
        <translation>没有其他任务运行时，训练后评分或播放记录有变化的模型会以相同设置在后台重新训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="185"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="186"/>
        <source>Training &amp;threads:</source>
        <translation>训练线程数(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="189"/>
        <source>The new language is used when you restart the app.</source>
        <translation>新语言将在重启应用后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="223"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
</context>
<context>
    <name>ShelvesRow</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/shelves.py" line="113"/>
        <source>Because you liked “{0}”</source>
        <extracomment>A shelf item was activated (double-click, Enter): its item id.</extracomment>
        <translation>因为你喜欢“{0}”</translation>
    </message>
</context>
<context>
    <name>SideFold</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/side_fold.py" line="52"/>
        <source>Show the settings</source>
        <extracomment>Where the choice is kept (``UiState``).</extracomment>
        <translation>显示设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/lab/side_fold.py" line="52"/>
        <source>Hide the settings</source>
        <translation>隐藏设置</translation>
    </message>
</context>
<context>
    <name>SonicAnalysis</name>
    <message>
        <location filename="../../desktop_recsys/ui/sonic_analysis.py" line="35"/>
        <source>&amp;Analyse sound</source>
        <translation>分析声音(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/sonic_analysis.py" line="38"/>
        <source>Work out each track&apos;s tempo, key, loudness, energy, brightness and timbre from its audio, for “sounds like” (tracks done before and unchanged are skipped)</source>
        <translation>根据音频算出每首曲目的速度、调性、响度、能量、明亮度和音色，用于“听起来像”（此前已分析且未改动的曲目会跳过）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/sonic_analysis.py" line="83"/>
        <source>Sound analysed: 1 track ({0} could not be analysed)</source>
        <translation>声音已分析：1 首曲目（{0} 首无法分析）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/sonic_analysis.py" line="88"/>
        <source>Sound analysed: {0} tracks ({1} could not be analysed)</source>
        <translation>声音已分析：{0} 首曲目（{1} 首无法分析）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/sonic_analysis.py" line="94"/>
        <source>; {0} done before and unchanged</source>
        <translation>；{0} 首此前已分析且未改动</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/sonic_analysis.py" line="98"/>
        <source>; {0} skipped: file missing, or a format nothing here reads</source>
        <translation>；跳过 {0} 首：文件缺失，或格式无法读取</translation>
    </message>
</context>
<context>
    <name>SoundShare</name>
    <message>
        <location filename="../../desktop_recsys/ui/radio/sound_slider.py" line="28"/>
        <source>Share of sound in what comes next</source>
        <translation>接下来的内容中声音所占的比重</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/sound_slider.py" line="31"/>
        <source>Further right, more of what follows is chosen by how the tracks sound (tempo, energy, brightness, key, timbre); only analysed tracks have a sound.</source>
        <translation>越往右，接下来的内容越多地按曲目的声音（速度、能量、明亮度、调性、音色）挑选；只有分析过的曲目才有声音特征。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/sound_slider.py" line="38"/>
        <source>By what people do</source>
        <translation>按大家的行为</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/radio/sound_slider.py" line="40"/>
        <source>By sound</source>
        <translation>按声音</translation>
    </message>
</context>
<context>
    <name>SoundsLikePanel</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="37"/>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="47"/>
        <source>Sounds like this</source>
        <extracomment>How many tracks the panel lists.</extracomment>
        <translation>听起来相似</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="83"/>
        <source>Not analysed: {0}</source>
        <translation>未分析：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="89"/>
        <source>Looking for tracks that sound alike…</source>
        <translation>正在寻找听起来相似的曲目…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="108"/>
        <source>{0:.0f} BPM</source>
        <translation>{0:.0f} BPM</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="110"/>
        <source>energy {0:.2f}</source>
        <translation>能量 {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="113"/>
        <source>{0} minor</source>
        <translation>{0} 小调</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="115"/>
        <source>{0} major</source>
        <translation>{0} 大调</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="117"/>
        <source>key of {0}</source>
        <translation>{0} 调</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="119"/>
        <source>{0:.1f} dB</source>
        <translation>{0:.1f} dB</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/sounds_like_panel.py" line="136"/>
        <source>No other analysed track to compare with yet</source>
        <translation>还没有其他分析过的曲目可以比较</translation>
    </message>
</context>
<context>
    <name>TrainRow</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/train_row.py" line="40"/>
        <source>Training progress</source>
        <extracomment>The training finished: a new model serves. The training failed (the main window reports why). The training failed, with its one-line reason (translated). The training was cancelled: the previous model still serves.</extracomment>
        <translation>训练进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/train_row.py" line="42"/>
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/train_row.py" line="69"/>
        <source>Training {0}…</source>
        <translation>正在训练 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/train_row.py" line="80"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>UndoButton</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/undo_button.py" line="21"/>
        <source>&amp;Undo</source>
        <extracomment>How long the offer stands.</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="32"/>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="46"/>
        <source>Welcome to desktop_recsys</source>
        <translation>欢迎使用 desktop_recsys</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="47"/>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎！&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="50"/>
        <source>desktop_recsys recommends music and films from your own library, on this computer only: nothing leaves it. Let&apos;s set it up; you can change everything later.</source>
        <translation>desktop_recsys 根据你自己的媒体库推荐音乐和电影，一切只在这台电脑上进行：任何数据都不会离开它。现在开始设置吧，之后随时可以更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="59"/>
        <source>Your profile&apos;s name</source>
        <translation>你的用户名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="62"/>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="68"/>
        <source>&amp;Try the demo library</source>
        <translation>试用演示媒体库(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="70"/>
        <source>A made-up library of 2,000 tracks and 800 films with listeners, ready in seconds. Good for a first look.</source>
        <translation>一个虚构的媒体库，包含 2,000 首曲目、800 部电影和听众，几秒钟即可就绪。适合初次体验。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="75"/>
        <source>Scan a &amp;folder of my music or films</source>
        <translation>扫描我的音乐或电影文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="76"/>
        <source>Reads titles, artists and ratings from your files; rescans are quick.</source>
        <translation>从你的文件中读取标题、艺术家和评分；重新扫描很快。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="79"/>
        <source>&amp;Import a data set or my history</source>
        <translation>导入数据集或我的记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="80"/>
        <source>MovieLens, Last.fm, ListenBrainz, Letterboxd, IMDb or any CSV file.</source>
        <translation>MovieLens、Last.fm、ListenBrainz、Letterboxd、IMDb 或任意 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="88"/>
        <source>&lt;b&gt;Start with:&lt;/b&gt;</source>
        <translation>&lt;b&gt;开始方式：&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="105"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WhyPane</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="41"/>
        <source>Where this pick would rank if you did not have each item: recomputed by the model (an estimate where the model cannot recompute it exactly)</source>
        <translation>如果你没有其中某一项，这条推荐会排在第几：由模型重新计算（模型无法精确重算时为估计值）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="46"/>
        <source>What counted most</source>
        <translation>影响最大的因素</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="47"/>
        <source>What counted most:</source>
        <translation>影响最大的因素：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="48"/>
        <source>&amp;Not interested</source>
        <translation>不感兴趣(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="51"/>
        <source>Never recommend this again for this profile (Delete)</source>
        <translation>不再为此用户推荐此项 (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="82"/>
        <source>Why this?</source>
        <translation>为什么推荐？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="83"/>
        <source>Select a recommendation to see what it is based on.</source>
        <translation>选择一条推荐以查看推荐依据。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="91"/>
        <source>Popular with everyone</source>
        <translation>广受欢迎</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="93"/>
        <source>(A popular pick: the model knows too little about this one.)</source>
        <translation>（热门推荐：模型对此了解太少。）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="97"/>
        <source>What if:</source>
        <translation>假如：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you/why_pane.py" line="104"/>
        <source>How much each member of the group would like it:</source>
        <translation>群组中每位成员的喜欢程度：</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_recsys/app.py" line="125"/>
        <source>The library is damaged</source>
        <extracomment>Unattended runs (the packaging test, start-up timing): when set, the app prints ``desktop-recsys: ready &lt;unix time&gt;`` once the main window is shown and the event loop is idle, then quits; an error dialog prints its text and closes itself (nobody is there to click OK). When the app first looks for stale models to retrain (then every 5 minutes while idle). The claims on the job rows the history records (one per library opened; kept to the end, so another window never takes a running job of ours for interrupted). The demo library&apos;s job once started (its handle, which compares equal to its id). True on a first start (the default library, empty): the welcome should be shown. Retrains stale models while nothing else runs (Settings: ``UiState.idle_retrain``).</extracomment>
        <translation>媒体库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/app.py" line="170"/>
        <location filename="../../desktop_recsys/app.py" line="501"/>
        <source>Cannot open library</source>
        <translation>无法打开媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/app.py" line="262"/>
        <location filename="../../desktop_recsys/app.py" line="284"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/app.py" line="263"/>
        <source>jobs are still running; wait for them to stop, then restore</source>
        <translation>仍有任务在运行；请等待它们结束后再恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/app.py" line="287"/>
        <source>Library restored from {0}</source>
        <translation>已从 {0} 恢复媒体库</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="17"/>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="18"/>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="19"/>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="20"/>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="21"/>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序的版本号并退出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="22"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="23"/>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="25"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="26"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="27"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="28"/>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="29"/>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>至多只能有一个值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="31"/>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="32"/>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可以匹配 %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="38"/>
        <source>{0}: cancelled</source>
        <extracomment>The command line&apos;s help texts and words (context ``&quot;cli&quot;``).</extracomment>
        <translation>{0}：已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="39"/>
        <source>{0}: interrupted</source>
        <translation>{0}：已中断</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="40"/>
        <source>; did you mean {0}?</source>
        <translation>；你是想输入 {0} 吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="41"/>
        <source>out of memory; close other programs or choose smaller settings, then try again</source>
        <translation>内存不足；请关闭其他程序或选择更小的设置，然后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="44"/>
        <source>the input is nested too deeply to be read; check that it is the right file</source>
        <translation>输入嵌套过深，无法读取；请检查是否选对了文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="47"/>
        <source>the disk is full; free some space and try again</source>
        <translation>磁盘已满；请腾出一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="48"/>
        <source>the disk is read-only; use a folder you can write to</source>
        <translation>磁盘为只读；请使用可写入的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="49"/>
        <source>permission denied; use a folder you can write to</source>
        <translation>权限被拒绝；请使用可写入的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="50"/>
        <source>a file or folder is missing; check the path</source>
        <translation>缺少文件或文件夹；请检查路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="63"/>
        <source>Offline recommendations for the music and films on your computer. With no command, opens the application.</source>
        <translation>为你电脑上的音乐和电影提供离线推荐。不带命令时打开应用程序。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="67"/>
        <source>Exit status: 0 done; 1 a problem with the input (one line on stderr says what and what to do; your files are as they were); 2 a usage mistake (unknown command, option or choice; the nearest valid word is suggested); 130 cancelled.</source>
        <translation>退出状态：0 完成；1 输入有问题（stderr 上的一行说明问题和解决办法；你的文件保持原样）；2 用法错误（未知的命令、选项或取值；会提示最接近的有效词）；130 已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="71"/>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="72"/>
        <source>library file to use instead of the default one in your user data folder</source>
        <translation>要使用的媒体库文件，代替用户数据文件夹中的默认媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="75"/>
        <source>check this installation in a temporary folder (demo data, evaluate, train, recommend, build the main window offscreen) and exit; needs no display</source>
        <translation>在临时文件夹中检查本安装（演示数据、评估、训练、推荐、在屏幕外构建主窗口）然后退出；不需要显示器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="79"/>
        <source>fill an empty library with the synthetic demo library</source>
        <translation>用合成的演示媒体库填充空媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="80"/>
        <source>show what the library holds</source>
        <translation>显示媒体库中有什么</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="81"/>
        <source>add, list or remove profiles, or switch one incognito</source>
        <translation>添加、列出或删除用户，或为用户切换无痕模式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="82"/>
        <source>record a play (or a skip) of an item, as the player would</source>
        <translation>像播放器那样记录一个条目的一次播放（或跳过）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="83"/>
        <source>rate an item for a profile (0.5 to 5 stars) or clear it</source>
        <translation>为用户给条目评分（0.5 到 5 星）或清除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="84"/>
        <source>import play counts, skips, ratings and watched films from other players</source>
        <translation>从其他播放器导入播放次数、跳过次数、评分和看过的电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="87"/>
        <source>train on a user,item,weight CSV and write every user&apos;s top N to a CSV</source>
        <translation>在 user,item,weight CSV 上训练，并把每个用户的前 N 个推荐写入 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="90"/>
        <source>train on a user,item,weight CSV and predict a score for every user,item pair</source>
        <translation>在 user,item,weight CSV 上训练，并为每个 user,item 对预测分数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="93"/>
        <source>import a data set, a personal history or a CSV file into the library (one transaction: all or nothing; importing twice changes nothing)</source>
        <translation>把数据集、个人历史或 CSV 文件导入媒体库（一个事务：要么全部成功，要么什么都不变；导入两次不会改变任何东西）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="97"/>
        <source>export the library, a profile&apos;s data, a playlist or recommendations to a file (written atomically; CSV cells are made formula-safe)</source>
        <translation>把媒体库、用户数据、播放列表或推荐导出到文件（原子写入；CSV 单元格做了防公式处理）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="101"/>
        <source>list, show, refresh and export playlists; create smart playlists from rules</source>
        <translation>列出、显示、刷新和导出播放列表；按规则创建智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="104"/>
        <source>list likely duplicate items (same file content; same external id; films: same title and year, or one&apos;s alias is the other&apos;s title; tracks: same artist and title, durations within 2 s when known), or merge two</source>
        <translation>列出可能重复的条目（文件内容相同；外部 ID 相同；电影：标题和年份相同，或一部的别名是另一部的标题；曲目：艺术家和标题相同，已知时长相差 2 秒以内），或合并两个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="108"/>
        <source>train a recommender on the library and register the model</source>
        <translation>在媒体库上训练推荐器并登记模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="109"/>
        <source>recommend items for a profile from the newest model</source>
        <translation>用最新的模型为用户推荐条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="110"/>
        <source>list trained models or roll back to an earlier one</source>
        <translation>列出训练好的模型，或回退到较早的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="111"/>
        <source>items like one item: what people who have it also have (content for new items)</source>
        <translation>与某个条目相似的条目：拥有它的人还拥有什么（新条目按内容）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="114"/>
        <source>analyse the tracks&apos; sound (tempo, key, loudness, energy, brightness, timbre) for &apos;similar --by sound&apos;; only tracks not analysed yet or changed since</source>
        <translation>分析曲目的声音（速度、调性、响度、能量、明亮度、音色），供 “similar --by sound” 使用；只分析尚未分析或此后有改动的曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="118"/>
        <source>print one track&apos;s sonic features</source>
        <translation>显示一首曲目的声音特征</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="124"/>
        <source>ratings and play counts in your music files&apos; tags: read them in, or write them out</source>
        <translation>音乐文件标签中的评分和播放次数：读入或写出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="119"/>
        <source>an endless radio from a track, artist, album, film or playlist</source>
        <translation>从曲目、艺术家、专辑、电影或播放列表开始的无尽电台</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="120"/>
        <source>a profile&apos;s daily mixes (2-6 mixes of its favourites and new picks, made again daily)</source>
        <translation>用户的每日合辑（2–6 个由最爱和新发现组成的合辑，每天重新生成）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="127"/>
        <source>measure recommenders on the library (or on a TRAIN/TEST file pair) with intervals</source>
        <translation>在媒体库（或一对 TRAIN/TEST 文件）上评估推荐器，并给出区间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="130"/>
        <source>search an algorithm&apos;s hyper-parameters within a time budget and store the best</source>
        <translation>在时间预算内搜索算法的超参数并保存最佳结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="133"/>
        <source>a blind test of two recommenders on yourself: For you mixes their lists, what you play, rate or mark counts for the one that placed it</source>
        <translation>在你自己身上盲测两个推荐器：“为你推荐” 混合它们的列表，你播放、评分或标记的条目计入放入它的那一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="137"/>
        <source>back up the library now (SQLite online backup; the newest backups are kept), or list its backups</source>
        <translation>立即备份媒体库（SQLite 在线备份；保留最新的备份），或列出它的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="141"/>
        <source>replace the library with a backup, after checking the backup&apos;s integrity; the library as it was is kept as a backup</source>
        <translation>检查备份的完整性后用它替换媒体库；原来的媒体库会保留为一个备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="145"/>
        <source>random seed (default 7)</source>
        <translation>随机种子（默认 7）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="146"/>
        <source>print no progress</source>
        <translation>不显示进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="147"/>
        <source>remove every synthetic (demo) item and profile, with what hangs on them, in one transaction; real data stays</source>
        <translation>在一个事务中删除所有合成（演示）条目和用户以及与之相关的数据；真实数据保留</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="151"/>
        <source>--remove: do not ask for confirmation</source>
        <translation>--remove：不要求确认</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="152"/>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="153"/>
        <source>create a profile</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="154"/>
        <source>list profiles</source>
        <translation>列出用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="155"/>
        <source>delete a profile with its ratings and plays</source>
        <translation>删除用户及其评分和播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="156"/>
        <source>switch recording of a profile&apos;s plays off (on) or back on (off)</source>
        <translation>关闭（on）或重新开启（off）用户播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="157"/>
        <source>show or change what a profile may see (certification, explicit, genres, PIN)</source>
        <translation>显示或更改用户可以看到的内容（分级、露骨内容、类型、PIN）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="160"/>
        <source>item id, or the path of its file</source>
        <translation>条目 ID，或其文件路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="161"/>
        <source>profile name or id</source>
        <translation>用户名或 ID</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="162"/>
        <source>share of the item played (default 1)</source>
        <translation>播放了条目的多少比例（默认 1）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="163"/>
        <source>record a skip (moved on early)</source>
        <translation>记录一次跳过（提前切走）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="164"/>
        <source>0.5 to 5, in half stars</source>
        <translation>0.5 到 5，以半星为单位</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="165"/>
        <source>remove the rating</source>
        <translation>删除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="166"/>
        <source>import a player&apos;s history into a profile (one transaction; importing again adds only what the player counted since)</source>
        <translation>把播放器的历史导入用户（一个事务；再次导入只添加播放器此后新计的部分）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="170"/>
        <source>hyper-parameter</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="171"/>
        <source>movielens: a MovieLens folder (ml-latest, ml-latest-small, ml-25m, ml-1m, ml-100k); lastfm-hetrec: the HetRec 2011 Last.fm 2k folder; csv: any CSV file, with --map COLUMN=FIELD,...; folder: a folder of music and films (rescans are incremental); lastfm-scrobbles: a Last.fm scrobbles CSV (artist, album, track, time), with --profile; listenbrainz: a ListenBrainz listens export (zip, folder or .jsonl), with --profile; letterboxd: a Letterboxd export (zip, folder, or ratings/diary/watched.csv), with --profile; imdb: an IMDb ratings.csv (1-10 stars are halved to 0.5-5), with --profile; library: a library exported by &apos;export library&apos; (CSV or JSON); profile: a profile archive written by &apos;export profile&apos; (.zip); --profile renames it; playlist: an M3U8 or CSV playlist, with --profile (and --name, default the file name); strawberry: Strawberry&apos;s strawberry.db: play and skip counts, ratings; with --profile; clementine: Clementine&apos;s clementine.db: play and skip counts, ratings; with --profile; rhythmbox: Rhythmbox&apos;s rhythmdb.xml: play counts, ratings; with --profile; kodi: Kodi&apos;s MyVideos&lt;N&gt;.db: watched films and resume points; with --profile</source>
        <translation>movielens：MovieLens 文件夹（ml-latest、ml-latest-small、ml-25m、ml-1m、ml-100k）；lastfm-hetrec：HetRec 2011 Last.fm 2k 文件夹；csv：任意 CSV 文件，配合 --map COLUMN=FIELD,...；folder：存放音乐和电影的文件夹（重新扫描是增量的）；lastfm-scrobbles：Last.fm 收听记录 CSV（艺术家、专辑、曲目、时间），配合 --profile；listenbrainz：ListenBrainz 收听导出（zip、文件夹或 .jsonl），配合 --profile；letterboxd：Letterboxd 导出（zip、文件夹，或 ratings/diary/watched.csv），配合 --profile；imdb：IMDb 的 ratings.csv（1–10 星折半为 0.5–5），配合 --profile；library：用 “export library” 导出的媒体库（CSV 或 JSON）；profile：用 “export profile” 写出的用户存档（.zip）；--profile 可重命名；playlist：M3U8 或 CSV 播放列表，配合 --profile（以及 --name，默认为文件名）；strawberry：Strawberry 的 strawberry.db：播放和跳过次数、评分；配合 --profile；clementine：Clementine 的 clementine.db：播放和跳过次数、评分；配合 --profile；rhythmbox：Rhythmbox 的 rhythmdb.xml：播放次数、评分；配合 --profile；kodi：Kodi 的 MyVideos&lt;N&gt;.db：看过的电影和续播位置；配合 --profile</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="175"/>
        <source>the folder or file to import</source>
        <translation>要导入的文件夹或文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="176"/>
        <source>csv only: which column holds which field (title, artist, year, rating, ...)</source>
        <translation>仅 csv：哪一列是哪个字段（title、artist、year、rating……）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="179"/>
        <source>profile that receives ratings and plays (created if new)</source>
        <translation>接收评分和播放记录的用户（新用户会被创建）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="180"/>
        <source>csv only: kind of the items when no column says</source>
        <translation>仅 csv：没有列说明时条目的种类</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="181"/>
        <source>abort on the first bad row</source>
        <translation>遇到第一行错误就中止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="182"/>
        <source>write the import report as JSON</source>
        <translation>把导入报告写成 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="183"/>
        <source>playlist only: the playlist&apos;s name (default: the file&apos;s)</source>
        <translation>仅 playlist：播放列表的名称（默认：文件名）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="184"/>
        <source>movielens and lastfm-hetrec only: this data-set user is you; with --profile, their ratings, plays and friends go to that profile (the others are community profiles)</source>
        <translation>仅 movielens 和 lastfm-hetrec：这个数据集用户就是你；配合 --profile，其评分、播放和好友归入该用户（其他人成为社区用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="188"/>
        <source>all items as CSV or JSON (read back by &apos;import library&apos;)</source>
        <translation>所有条目，CSV 或 JSON 格式（可用 “import library” 读回）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="189"/>
        <source>one profile&apos;s ratings, plays, marks, friends, playlists and settings as a zip (read back by &apos;import profile&apos;)</source>
        <translation>一个用户的评分、播放、标记、好友、播放列表和设置，打包为 zip（可用 “import profile” 读回）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="193"/>
        <source>a playlist as M3U8 or CSV (read back by &apos;import playlist&apos;)</source>
        <translation>一个播放列表，M3U8 或 CSV 格式（可用 “import playlist” 读回）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="194"/>
        <source>a profile&apos;s recommendations as M3U8 or CSV</source>
        <translation>一个用户的推荐，M3U8 或 CSV 格式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="195"/>
        <source>the profile&apos;s and the shared playlists</source>
        <translation>该用户的和共享的播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="196"/>
        <source>a playlist&apos;s items (a smart one refreshed first)</source>
        <translation>播放列表中的条目（智能播放列表会先刷新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="197"/>
        <source>compute a smart playlist again from its rules</source>
        <translation>按规则重新计算智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="198"/>
        <source>write a playlist as M3U8 or CSV</source>
        <translation>把播放列表写成 M3U8 或 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="199"/>
        <source>delete a playlist</source>
        <translation>删除播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="200"/>
        <source>smart playlists: rules over the library and the model</source>
        <translation>智能播放列表：基于媒体库和模型的规则</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="201"/>
        <source>print the groups as JSON</source>
        <translation>把分组输出为 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="202"/>
        <source>fold DROP into KEEP (ratings, plays, tags, genres, marks, playlist entries, ids) and delete DROP, in one transaction</source>
        <translation>在一个事务中把 DROP 合并进 KEEP（评分、播放、标签、类型、标记、播放列表项、ID）并删除 DROP</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="206"/>
        <source>what to recommend</source>
        <translation>推荐什么</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="207"/>
        <source>train a model for this profile only (default: one shared model)</source>
        <translation>只为这个用户训练模型（默认：一个共享模型）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="208"/>
        <source>what to learn from</source>
        <translation>从什么中学习</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="209"/>
        <source>also fit a copy on a held-out split and put NDCG@10, Recall@20, coverage@10 (and RMSE for rating models) on the model card (about twice the time)</source>
        <translation>同时在留出划分上训练一个副本，把 NDCG@10、Recall@20、coverage@10（评分模型还有 RMSE）写入模型卡（用时约为两倍）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="213"/>
        <source>train with the algorithm&apos;s defaults, not the settings &apos;tune&apos; stored</source>
        <translation>使用算法的默认设置训练，而不是 “tune” 保存的设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="214"/>
        <source>use the newest model of this algorithm</source>
        <translation>使用该算法最新的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="215"/>
        <source>say why each item is there</source>
        <translation>说明每个条目为什么在列表中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="220"/>
        <source>list model runs, newest first</source>
        <translation>列出模型运行记录，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="221"/>
        <source>serve recommendations from this run again</source>
        <translation>重新用这次运行提供推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="222"/>
        <source>the item&apos;s id or title (&quot;The Matrix&quot;)</source>
        <translation>条目的 ID 或标题（“The Matrix”）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="223"/>
        <source>how many (default 10)</source>
        <translation>数量（默认 10）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="224"/>
        <source>look the title up among these items only</source>
        <translation>只在这类条目中查找标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="225"/>
        <source>use this profile&apos;s model (default: a shared one, else any)</source>
        <translation>使用这个用户的模型（默认：共享模型，否则任意一个）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="226"/>
        <source>compare by what people do (default), by how tracks sound (after analyze), or both: behaviour where people have the item, sound where few do</source>
        <translation>按人们的行为比较（默认）、按曲目的声音比较（需先 analyze），或两者兼用：有人拥有该条目时看行为，很少有人拥有时看声音</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="230"/>
        <source>analyse at most N tracks this time</source>
        <translation>本次最多分析 N 首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="231"/>
        <source>tracks analysed at once (default: one per core)</source>
        <translation>同时分析的曲目数（默认：每个核心一首）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="232"/>
        <source>print the report as JSON</source>
        <translation>把报告输出为 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="233"/>
        <source>no progress lines</source>
        <translation>不显示进度行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="234"/>
        <source>the track&apos;s id or title</source>
        <translation>曲目的 ID 或标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="258"/>
        <source>take into the library the ratings and play counts the files changed more recently (files are not changed)</source>
        <translation>把文件中较新更改的评分和播放次数读入媒体库（文件不会被更改）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="262"/>
        <source>write the library&apos;s newer ratings and play counts into the files (the audio is never touched) and read the files&apos; newer ones in</source>
        <translation>把媒体库中较新的评分和播放次数写入文件（绝不改动音频），并读入文件中较新的数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="235"/>
        <source>what the radio starts from: an item id, a title, album:NAME, artist:NAME or playlist:NAME</source>
        <translation>电台从什么开始：条目 ID、标题、album:NAME、artist:NAME 或 playlist:NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="51"/>
        <source>Library {0}</source>
        <translation>媒体库 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="52"/>
        <source>Library {0}  (synthetic demo data)</source>
        <translation>媒体库 {0}（合成演示数据）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="53"/>
        <source>tracks</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="54"/>
        <source>artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="55"/>
        <source>films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="56"/>
        <source>profiles</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="57"/>
        <source>ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="58"/>
        <source>plays</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="59"/>
        <source>friendships</source>
        <translation>好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="60"/>
        <source>genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="61"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="62"/>
        <source>playlists</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="216"/>
        <source>for each item, where it would rank without each item cited as its evidence (exact for ease, item-knn, als, content and default; an estimate elsewhere, and it says so)</source>
        <translation>对每个条目，给出去掉作为依据的每个条目后它会排在第几（ease、item-knn、als、content 和 default 为精确值；其他算法为估计值，并会注明）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="239"/>
        <source>profile name or id whose taste counts (default: none)</source>
        <translation>按谁的口味（用户名或 ID；默认：无）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="240"/>
        <source>how many items (default 50)</source>
        <translation>条目数量（默认 50）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="241"/>
        <source>0 = more like the seed, 1 = more like the profile&apos;s taste (default 0.5)</source>
        <translation>0 = 更像起点，1 = 更像用户的口味（默认 0.5）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="244"/>
        <source>0-1: how much of what follows is chosen by how tracks sound (needs analyze; default 0: by what people do)</source>
        <translation>0–1：后续曲目中按声音选择的比例（需要 analyze；默认 0：按人们的行为）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="248"/>
        <source>leave out what the profile already rated or played</source>
        <translation>不包括用户已经评分或播放过的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="249"/>
        <source>write the radio to this .m3u8 or .csv file</source>
        <translation>把电台写入这个 .m3u8 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="250"/>
        <source>print the list as JSON</source>
        <translation>把列表输出为 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="251"/>
        <source>default: track</source>
        <translation>默认：track</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="252"/>
        <source>write one .m3u8 per mix into this folder</source>
        <translation>每个合辑写一个 .m3u8 到这个文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="253"/>
        <source>make the mixes again even if they are fresh</source>
        <translation>即使合辑还是新的也重新生成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="254"/>
        <source>0-1: how much the tracks&apos; sound shapes the mixes (needs analyze; kept for the profile; default: the profile&apos;s choice, 0 until one is made)</source>
        <translation>0–1：曲目的声音在多大程度上决定合辑（需要 analyze；为该用户保存；默认：用户的选择，未选择时为 0）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="266"/>
        <source>what to recommend (library only)</source>
        <translation>推荐什么（仅限媒体库）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="267"/>
        <source>algorithms to compare, NAME or NAME:key=value;key=value (default popularity,item-knn,user-knn,ease,als)</source>
        <translation>要比较的算法，NAME 或 NAME:key=value;key=value（默认 popularity,item-knn,user-knn,ease,als）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="271"/>
        <source>how to split (default: the per-user random holdout of EVALUATION.md)</source>
        <translation>如何划分（默认：EVALUATION.md 中按用户随机留出）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="274"/>
        <source>cutoff(s) (default 10)</source>
        <translation>截断值（默认 10）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="275"/>
        <source>measure this profile only (everyone still trains)</source>
        <translation>只评估这个用户（所有人仍参与训练）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="276"/>
        <source>what to learn from; &apos;ratings&apos; adds RMSE/MAE for rating models</source>
        <translation>从什么中学习；&apos;ratings&apos; 会为评分模型加上 RMSE/MAE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="277"/>
        <source>last-n: hold out N (default 20 %%)</source>
        <translation>last-n：留出 N（默认 20 %%）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="278"/>
        <source>kfold: number of folds (default 5)</source>
        <translation>kfold：折数（默认 5）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="279"/>
        <source>split seed (default 42)</source>
        <translation>划分种子（默认 42）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="280"/>
        <source>evaluate on files instead</source>
        <translation>改为在文件上评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="281"/>
        <source>held-out rows for --train</source>
        <translation>--train 的留出行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="282"/>
        <source>compare the ranker&apos;s classifiers</source>
        <translation>比较排序器的分类器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="283"/>
        <source>use stored tuned configurations</source>
        <translation>使用保存的调优配置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="284"/>
        <source>write the report as JSON</source>
        <translation>把报告写成 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="285"/>
        <source>write the comparison table as CSV</source>
        <translation>把比较表写成 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="286"/>
        <source>write a self-contained HTML page</source>
        <translation>写出一个独立的 HTML 页面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="287"/>
        <source>what to optimise (default ndcg@10; rmse for rating models)</source>
        <translation>优化目标（默认 ndcg@10；评分模型为 rmse）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="288"/>
        <source>store the choice for this profile</source>
        <translation>为这个用户保存该选择</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="289"/>
        <source>only report, store nothing</source>
        <translation>只报告，不保存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="290"/>
        <source>print the result as JSON</source>
        <translation>把结果输出为 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="291"/>
        <source>start a test (a missing model of either recommender is trained first)</source>
        <translation>开始一次测试（任一推荐器缺少模型时先训练）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="294"/>
        <source>the score so far, or of the last test</source>
        <translation>目前的比分，或上一次测试的比分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="295"/>
        <source>end the running test (its score is kept)</source>
        <translation>结束正在进行的测试（保留其比分）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="296"/>
        <source>write the backup to FILE instead of the backups folder</source>
        <translation>把备份写到 FILE，而不是备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="297"/>
        <source>list the library&apos;s backups, newest first</source>
        <translation>列出媒体库的备份，最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="298"/>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="299"/>
        <source>do not ask for confirmation</source>
        <translation>不要求确认</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="300"/>
        <source>item ids of a few favourites (rated five stars), so the first list is personal</source>
        <translation>几个最爱条目的 ID（评为五星），让第一份列表就是个性化的</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="303"/>
        <source>print a JSON list</source>
        <translation>输出 JSON 列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="304"/>
        <source>Show (no options) or change what a profile may see. Certifications of several systems are compared as minimum ages: G 0, PG 10, PG-13 13, R 17, NC-17 18; U 0, 12A 12, 15, 18; FSK 0/6/12/16/18; or an age such as 12. A profile with a PIN needs it for every change (DESKTOP_RECSYS_PIN, or typed without echo).</source>
        <translation>显示（不带选项）或更改用户可以看到的内容。不同体系的分级按最低年龄比较：G 0、PG 10、PG-13 13、R 17、NC-17 18；U 0、12A 12、15、18；FSK 0/6/12/16/18；或直接给出年龄，如 12。设有 PIN 的用户每次更改都需要 PIN（DESKTOP_RECSYS_PIN，或不回显地输入）。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="308"/>
        <source>hide items certified above C (e.g. PG, PG-13, 12A, &apos;FSK 12&apos;, 12); &apos;none&apos; removes it</source>
        <translation>隐藏分级高于 C 的条目（例如 PG、PG-13、12A、&apos;FSK 12&apos;、12）；&apos;none&apos; 取消此限制</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="311"/>
        <source>hide explicit tracks</source>
        <translation>隐藏含露骨内容的曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="312"/>
        <source>show explicit tracks</source>
        <translation>显示含露骨内容的曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="313"/>
        <source>hide films without a certification (for a child)</source>
        <translation>隐藏没有分级的电影（适用于儿童）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="314"/>
        <source>show films without a certification</source>
        <translation>显示没有分级的电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="315"/>
        <source>hide genre(s)</source>
        <translation>隐藏类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="316"/>
        <source>hide tag(s)</source>
        <translation>隐藏标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="317"/>
        <source>remove every limit (the PIN stays)</source>
        <translation>取消所有限制（PIN 保留）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="318"/>
        <source>set a new PIN (typed twice without echo, or from DESKTOP_RECSYS_NEW_PIN)</source>
        <translation>设置新 PIN（不回显地输入两次，或取自 DESKTOP_RECSYS_NEW_PIN）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="321"/>
        <source>remove the PIN</source>
        <translation>删除 PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="322"/>
        <source>strawberry (strawberry.db), clementine (clementine.db), rhythmbox (rhythmdb.xml) or kodi (MyVideos&lt;N&gt;.db)</source>
        <translation>strawberry（strawberry.db）、clementine（clementine.db）、rhythmbox（rhythmdb.xml）或 kodi（MyVideos&lt;N&gt;.db）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="326"/>
        <source>the player&apos;s database file</source>
        <translation>播放器的数据库文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="327"/>
        <source>the profile the history is for (created if missing)</source>
        <translation>历史所属的用户（不存在时创建）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="328"/>
        <source>say what would be imported; change nothing</source>
        <translation>说明会导入什么；不做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="329"/>
        <source>also write the report as JSON</source>
        <translation>同时把报告写成 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="330"/>
        <source>playlist name</source>
        <translation>播放列表名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="331"/>
        <source>whose playlist (default: a shared one)</source>
        <translation>谁的播放列表（默认：共享的播放列表）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="332"/>
        <source>default: from the --out extension</source>
        <translation>默认：由 --out 的扩展名决定</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="333"/>
        <source>M3U8: write paths relative to DIR (the folder the playlist will live in)</source>
        <translation>M3U8：写入相对于 DIR（播放列表将存放的文件夹）的路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="336"/>
        <source>how many (default 50)</source>
        <translation>数量（默认 50）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="337"/>
        <source>models folder (default: the library&apos;s, where &apos;train&apos; writes)</source>
        <translation>模型文件夹（默认：媒体库的模型文件夹，即 “train” 写入的位置）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="338"/>
        <source>whose playlists (name or id; without it: the shared ones)</source>
        <translation>谁的播放列表（名称或 ID；不给出时：共享的播放列表）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="339"/>
        <source>playlist name or id</source>
        <translation>播放列表名称或 ID</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="340"/>
        <source>print JSON</source>
        <translation>输出 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="341"/>
        <source>the file (.m3u8 or .csv; the extension picks the format)</source>
        <translation>文件（.m3u8 或 .csv；扩展名决定格式）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="342"/>
        <source>the format, whatever --out</source>
        <translation>格式，不论 --out 是什么</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="343"/>
        <source>create a smart playlist from rules or a preset</source>
        <translation>按规则或预设创建智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="344"/>
        <source>only this profile&apos;s models</source>
        <translation>只看这个用户的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="345"/>
        <source>library file to use</source>
        <translation>要使用的媒体库文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="346"/>
        <source>whose ratings and plays (name or id; default: the library&apos;s profile for files, else its first profile)</source>
        <translation>谁的评分和播放（名称或 ID；默认：媒体库中用于文件的用户，否则为第一个用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="350"/>
        <source>change nothing; print what would happen</source>
        <translation>不做任何更改；显示将会发生什么</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="351"/>
        <source>the first recommender</source>
        <translation>第一个推荐器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="352"/>
        <source>the second recommender</source>
        <translation>第二个推荐器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="353"/>
        <source>whose test (name or id; may be left out when the library has one profile)</source>
        <translation>谁的测试（名称或 ID；媒体库只有一个用户时可省略）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="356"/>
        <source>run for N days (default: a week)</source>
        <translation>运行 N 天（默认：一周）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="357"/>
        <source>run until N interactions are credited</source>
        <translation>运行到计入 N 次交互为止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="358"/>
        <source>whose test (name or id)</source>
        <translation>谁的测试（名称或 ID）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="359"/>
        <source>which items&apos; test (default: any)</source>
        <translation>哪类条目的测试（默认：任意）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="360"/>
        <source>fields (FIELD:OP:VALUE):
  kind           choice  track, artist or film
  genre          set     one of the item&apos;s genres (any case)
  tag            set     one of the item&apos;s tags (any case)
  artist         text    the performer of a track, the director of a film
  album          text    the album
  title          text    the title
  language       text    the language code or name stored with the item
  year           number  the year of release
  duration       number  length: seconds, or 90s, 4m, 1h
  rating         number  your stars, 0.5 to 5 (none: not rated)
  plays          number  how many times you played it (films: watched it)
  skips          number  how many times you skipped it
  watched        bool    yes: played or watched at least once; no: never
  last_played    date    when you last played or watched it
  unplayed_days  number  days since you last played it (never played: always)
  added          date    when it came into the library
  score          number  the serving model&apos;s score for you (higher: more recommended)
  tempo          number  beats per minute, from the sound analysis (none: not analysed)
  energy         number  energy from 0 (calm) to 1 (intense), from the sound analysis
  certification  age     the certification as a minimum age: PG-13, 12A, FSK 12 or an age (none: unrated)
  explicit       bool    yes: marked explicit (parental advisory); no: not marked
operators:
  number  = != &lt; &lt;= &gt; &gt;= none any
  text    = != contains !contains starts none any
  set     = != contains !contains none any  (genre, tag: &apos;=&apos; means has that one)
  date    older newer before after never any  (older/newer 180d, 2w, 6m, 1y; before/after YYYY-MM-DD)
  age     &lt;= &gt;= none any  (certification:&lt;=:PG-13 at most, &gt;=:12 at least; none: unrated; a limited profile never sees more than its limits)
  choice  = !=      bool  = yes|no
none, any and never take no value (rating:none = not rated).
order by: kind, artist, album, title, language, year, duration, rating, plays, skips, watched, last_played, unplayed_days, added, score, tempo, energy, certification, explicit, random (FIELD:asc or FIELD:desc for the direction)
presets: rediscovery, fresh, top_rated, recent
example: playlist smart create &apos;Jazz I loved&apos; --profile me --rule &apos;genre:=:Jazz&apos; --rule &apos;rating:&gt;=:4&apos; --rule &apos;last_played:older:180d&apos; --order score --limit 50</source>
        <translation>字段（FIELD:OP:VALUE）：
  kind           choice  track、artist 或 film
  genre          set     条目的某个类型（不分大小写）
  tag            set     条目的某个标签（不分大小写）
  artist         text    曲目的演唱者、电影的导演
  album          text    专辑
  title          text    标题
  language       text    条目记录的语言代码或名称
  year           number  发行年份
  duration       number  时长：秒数，或 90s、4m、1h
  rating         number  你的星级，0.5 到 5（none：未评分）
  plays          number  你播放它的次数（电影：观看次数）
  skips          number  你跳过它的次数
  watched        bool    yes：至少播放或观看过一次；no：从未
  last_played    date    你最后一次播放或观看它的时间
  unplayed_days  number  距上次播放的天数（从未播放：总是满足）
  added          date    它进入媒体库的时间
  score          number  当前模型给你的分数（越高越推荐）
  tempo          number  每分钟节拍数，来自声音分析（none：未分析）
  energy         number  能量，从 0（平静）到 1（激烈），来自声音分析
  certification  age     分级所代表的最低年龄：PG-13、12A、FSK 12 或一个年龄（none：未分级）
  explicit       bool    yes：标记为含露骨内容（家长指导标记）；no：未标记
运算符：
  number  = != &lt; &lt;= &gt; &gt;= none any
  text    = != contains !contains starts none any
  set     = != contains !contains none any  （genre、tag：&apos;=&apos; 表示含有该项）
  date    older newer before after never any  （older/newer 180d、2w、6m、1y；before/after YYYY-MM-DD）
  age     &lt;= &gt;= none any  （certification:&lt;=:PG-13 表示至多，&gt;=:12 表示至少；none：未分级；受限用户永远看不到超出其限制的内容）
  choice  = !=      bool  = yes|no
none、any 和 never 不带值（rating:none = 未评分）。
排序依据：kind、artist、album、title、language、year、duration、rating、plays、skips、watched、last_played、unplayed_days、added、score、tempo、energy、certification、explicit、random（FIELD:asc 或 FIELD:desc 指定方向）
预设：rediscovery、fresh、top_rated、recent
示例：playlist smart create &apos;Jazz I loved&apos; --profile me --rule &apos;genre:=:Jazz&apos; --rule &apos;rating:&gt;=:4&apos; --rule &apos;last_played:older:180d&apos; --order score --limit 50</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="17"/>
        <source>for {0} credited interaction</source>
        <translation>计满 {0} 次交互为止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="18"/>
        <source>for {0} credited interactions</source>
        <translation>计满 {0} 次交互为止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="19"/>
        <source>until {0}</source>
        <translation>直到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="20"/>
        <source>Started a blind test of {a} and {b} on {name}&apos;s {kinds}, {length}. For you now shows one list mixed from both; see the score with &apos;desktop-recsys abtest report&apos;.</source>
        <translation>已开始在 {name} 的{kinds}上对 {a} 和 {b} 进行盲测，{length}。“为你推荐”现在显示由两者混合而成的一份列表；用 “desktop-recsys abtest report” 查看比分。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="24"/>
        <source>running since {0}, ends after {1} credited interaction</source>
        <translation>自 {0} 起进行中，计满 {1} 次交互后结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="25"/>
        <source>running since {0}, ends after {1} credited interactions</source>
        <translation>自 {0} 起进行中，计满 {1} 次交互后结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="26"/>
        <source>running since {0}, ends {1} or after {2} credited interaction</source>
        <translation>自 {0} 起进行中，于 {1} 或计满 {2} 次交互后结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="27"/>
        <source>running since {0}, ends {1} or after {2} credited interactions</source>
        <translation>自 {0} 起进行中，于 {1} 或计满 {2} 次交互后结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="28"/>
        <source>running since {0}, ends {1}</source>
        <translation>自 {0} 起进行中，于 {1} 结束</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="29"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="30"/>
        <source>its time was up</source>
        <translation>时间已到</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="31"/>
        <source>it reached its interactions</source>
        <translation>已达到交互次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="32"/>
        <source>ran from {0} to {1} ({2})</source>
        <translation>从 {0} 进行到 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="33"/>
        <source>Blind test of {a} (A) and {b} (B) on {name}&apos;s {kinds}: {state}.</source>
        <translation>在 {name} 的{kinds}上对 {a}（A）和 {b}（B）的盲测：{state}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="34"/>
        <source>{0} play</source>
        <translation>{0} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="35"/>
        <source>{0} plays</source>
        <translation>{0} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="36"/>
        <source>{0} finish</source>
        <translation>{0} 次听完</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="37"/>
        <source>{0} finishes</source>
        <translation>{0} 次听完</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="38"/>
        <source>{0} rating</source>
        <translation>{0} 个评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="39"/>
        <source>{0} ratings</source>
        <translation>{0} 个评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="40"/>
        <source>{0} not interested</source>
        <translation>{0} 次“不感兴趣”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="41"/>
        <source>A {a}, B {b}. Credited: {credited}; lists shown: {shown}.</source>
        <translation>A {a}，B {b}。计入：{credited}；已显示列表：{shown}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="42"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="43"/>
        <source>No backups of {0} yet; take one with &apos;desktop-recsys backup&apos;</source>
        <translation>{0} 还没有备份；用 “desktop-recsys backup” 备份一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="44"/>
        <source>Backed up {0} to {1}</source>
        <translation>已将 {0} 备份到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="45"/>
        <source>Replace library {0} with backup {1}? [y/N] </source>
        <translation>用备份 {1} 替换媒体库 {0}？[y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="46"/>
        <source>Nothing restored</source>
        <translation>未恢复任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="47"/>
        <source>{0:,} item</source>
        <translation>{0:,} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="48"/>
        <source>{0:,} items</source>
        <translation>{0:,} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="49"/>
        <source>{0} profile</source>
        <translation>{0} 个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="50"/>
        <source>{0} profiles</source>
        <translation>{0} 个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="51"/>
        <source>{0:,} rating</source>
        <translation>{0:,} 个评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="52"/>
        <source>{0:,} ratings</source>
        <translation>{0:,} 个评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="53"/>
        <source>Restored {0} from {1} (integrity and consistency checks passed): {2}</source>
        <translation>已从 {1} 恢复 {0}（完整性和一致性检查均已通过）：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="56"/>
        <source>The library as it was before is kept at {0}</source>
        <translation>恢复前的媒体库保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="57"/>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="58"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="59"/>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="60"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="61"/>
        <source>Before an upgrade (version {0})</source>
        <translation>升级之前（版本 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="62"/>
        <source>library {0} does not exist; check the path, or create a library with &apos;desktop-recsys import&apos; or &apos;desktop-recsys demo&apos;</source>
        <translation>媒体库 {0} 不存在；请检查路径，或用 “desktop-recsys import” 或 “desktop-recsys demo” 创建媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="66"/>
        <source>library {0} is an empty file, not a library yet; create one there with &apos;desktop-recsys import&apos; or &apos;desktop-recsys demo&apos;</source>
        <translation>媒体库 {0} 是一个空文件，还不是媒体库；请用 “desktop-recsys import” 或 “desktop-recsys demo” 在那里创建</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="70"/>
        <source>cannot create the data folder {0} ({1}); set DESKTOP_RECSYS_HOME or pass --library</source>
        <translation>无法创建数据文件夹 {0}（{1}）；请设置 DESKTOP_RECSYS_HOME 或使用 --library</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="73"/>
        <source>Note: moved {0} model of {1} from {2} to {3}, where this version keeps them</source>
        <translation>注意：已把 {1} 的 {0} 个模型从 {2} 移到 {3}，本版本把模型保存在那里</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="76"/>
        <source>Note: moved {0} models of {1} from {2} to {3}, where this version keeps them</source>
        <translation>注意：已把 {1} 的 {0} 个模型从 {2} 移到 {3}，本版本把模型保存在那里</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="79"/>
        <source>--param {0!r} is not KEY=VALUE</source>
        <translation>--param {0!r} 不是 KEY=VALUE 的形式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="80"/>
        <source>y</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="81"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="82"/>
        <source>--k {0!r} is not a number or a comma-separated list</source>
        <translation>--k {0!r} 不是数字，也不是以逗号分隔的列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="83"/>
        <source>--k must be at least 1</source>
        <translation>--k 至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="84"/>
        <source>--algorithms names no algorithm</source>
        <translation>--algorithms 没有给出任何算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="85"/>
        <source>{0:,} user tested</source>
        <translation>测试了 {0:,} 个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="86"/>
        <source>{0:,} users tested</source>
        <translation>测试了 {0:,} 个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="87"/>
        <source>{0:,} held-out interaction</source>
        <translation>{0:,} 次留出的交互</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="88"/>
        <source>{0:,} held-out interactions</source>
        <translation>{0:,} 次留出的交互</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="89"/>
        <source>novelty@{0}</source>
        <translation>新颖度@{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="90"/>
        <source>algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="91"/>
        <source>coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="92"/>
        <source>fit s</source>
        <translation>训练（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="93"/>
        <source>rec s</source>
        <translation>推荐（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="94"/>
        <source>error: {0}</source>
        <translation>错误：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="95"/>
        <source>[no interval]</source>
        <translation>［无区间］</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="96"/>
        <source>{0} vs {1}: {2} {3:+.4f} on one split of one profile (no interval; the holdout or k-fold protocol gives one)</source>
        <translation>{0} 对比 {1}：{2} {3:+.4f}，基于一个用户的一次划分（无区间；留出法或 k 折协议会给出区间）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="100"/>
        <source>{0} vs {1}: {2} {3:+.4f} [{4:+.4f}, {5:+.4f}], {0}: better in {6:.0%} of resamples</source>
        <translation>{0} 对比 {1}：{2} {3:+.4f} [{4:+.4f}, {5:+.4f}]，{0} 在 {6:.0%} 的重抽样中更好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="103"/>
        <source>--train and --test go together</source>
        <translation>--train 和 --test 必须一起使用</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="104"/>
        <source>--profile and --kind apply to the library, not to --train/--test</source>
        <translation>--profile 和 --kind 只适用于媒体库，不适用于 --train/--test</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="105"/>
        <source>--kind is required when evaluating on the library</source>
        <translation>在媒体库上评估时必须给出 --kind</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="106"/>
        <source>Written {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="107"/>
        <source>exhausted</source>
        <translation>已尝试全部候选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="108"/>
        <source>max trials</source>
        <translation>达到最大试验次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="109"/>
        <source>budget</source>
        <translation>时间预算用完</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="110"/>
        <source>early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="111"/>
        <source>Tuned {0} for {1:.1f} s of a {2:g} s budget: {3} trial, stopped by {4}</source>
        <translation>已调优 {0}，用时 {1:.1f} 秒（预算 {2:g} 秒）：{3} 次试验，停止原因：{4}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="114"/>
        <source>Tuned {0} for {1:.1f} s of a {2:g} s budget: {3} trials, stopped by {4}</source>
        <translation>已调优 {0}，用时 {1:.1f} 秒（预算 {2:g} 秒）：{3} 次试验，停止原因：{4}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="117"/>
        <source>No trial finished within the budget; nothing was stored</source>
        <translation>预算内没有完成任何试验；未保存任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="118"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="119"/>
        <source>Default {0}: {1}</source>
        <translation>默认设置的 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="120"/>
        <source>the defaults</source>
        <translation>默认设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="121"/>
        <source>Best {0}: {1:.4f} with {2}</source>
        <translation>最佳 {0}：{1:.4f}，设置为 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="122"/>
        <source>profile {0!r}</source>
        <translation>用户 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="123"/>
        <source>the library</source>
        <translation>整个媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="124"/>
        <source>Stored as the choice of {0} for {1} on {2}</source>
        <translation>已保存为{0}在{2}上使用 {1} 的选择</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="125"/>
        <source>--n must be at least 1</source>
        <translation>--n 至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="126"/>
        <source>Wrote {0:,} recommendations for {1:,} user to {2} in {3:.1f} s</source>
        <translation>已为 {1:,} 个用户把 {0:,} 条推荐写入 {2}，用时 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="127"/>
        <source>Wrote {0:,} recommendations for {1:,} users to {2} in {3:.1f} s</source>
        <translation>已为 {1:,} 个用户把 {0:,} 条推荐写入 {2}，用时 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="128"/>
        <source>Wrote {0:,} predictions for {1:,} user to {2} in {3:.1f} s</source>
        <translation>已为 {1:,} 个用户把 {0:,} 条预测写入 {2}，用时 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="129"/>
        <source>Wrote {0:,} predictions for {1:,} users to {2} in {3:.1f} s</source>
        <translation>已为 {1:,} 个用户把 {0:,} 条预测写入 {2}，用时 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="130"/>
        <source>Would import {0} history from {1} into {2!r} ({3:.1f} s)</source>
        <translation>将从 {1} 把 {0} 的历史导入 {2!r}（{3:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="131"/>
        <source>Imported {0} history from {1} into {2!r} ({3:.1f} s)</source>
        <translation>已从 {1} 把 {0} 的历史导入 {2!r}（{3:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="132"/>
        <source>Report written to {0}</source>
        <translation>报告已写入 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="138"/>
        <source>Imported {0} from {1} into {2} in {3:.1f} s</source>
        <translation>已从 {1} 导入（{0}）到 {2}，用时 {3:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="133"/>
        <source>--me is for movielens and lastfm-hetrec imports only</source>
        <translation>--me 仅用于 movielens 和 lastfm-hetrec 导入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="134"/>
        <source>--me needs --profile NAME: the profile that data-set user&apos;s ratings, plays and friends go to</source>
        <translation>--me 需要 --profile 名称：这个数据集用户的评分、播放和好友归入的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="139"/>
        <source>Note: {0} holds the synthetic demo library; imported items are never matched to demo items, but demo items and profiles stay beside your data (remove them first with &apos;desktop-recsys demo --remove --library {0}&apos;)</source>
        <translation>注意：{0} 含有合成的演示媒体库；导入的条目不会与演示条目匹配，但演示条目和用户会留在你的数据旁边（可先用 “desktop-recsys demo --remove --library {0}” 删除它们）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="143"/>
        <source>Exported {0} to {1}</source>
        <translation>已导出 {0}，保存到 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="144"/>
        <source>Exported profile {0!r} to {1}: {2}</source>
        <translation>已将用户 {0!r} 导出到 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="145"/>
        <source>playlist {0!r}</source>
        <translation>播放列表 {0!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="146"/>
        <source>{0} recommendations for {1!r}</source>
        <translation>给 {1!r} 的{0}推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="147"/>
        <source>Exported {0} to {1}: {2}</source>
        <translation>已导出 {0}，保存到 {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="148"/>
        <source> ({0}; {1} item without a file written as #X-DESKTOP-RECSYS-ITEM comments, which players skip)</source>
        <translation>（{0}；{1} 个没有文件的条目写成了 #X-DESKTOP-RECSYS-ITEM 注释，播放器会跳过它们）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="152"/>
        <source> ({0}; {1} items without a file written as #X-DESKTOP-RECSYS-ITEM comments, which players skip)</source>
        <translation>（{0}；{1} 个没有文件的条目写成了 #X-DESKTOP-RECSYS-ITEM 注释，播放器会跳过它们）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="156"/>
        <source>{0} file</source>
        <translation>{0} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="157"/>
        <source>{0} files</source>
        <translation>{0} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="158"/>
        <source>library {0} already has items or profiles; the demo needs an empty library (pass --library NEW_FILE)</source>
        <translation>媒体库 {0} 已有条目或用户；演示需要一个空媒体库（请使用 --library 新文件）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="162"/>
        <source>Demo library (synthetic data) written to {0}: {1}</source>
        <translation>演示媒体库（合成数据）已写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="163"/>
        <source>Library {0} holds no demo data; nothing removed</source>
        <translation>媒体库 {0} 没有演示数据；未删除任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="164"/>
        <source>Remove every synthetic (demo) item and profile from {0}? [y/N] </source>
        <translation>从 {0} 删除所有合成（演示）条目和用户？[y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="165"/>
        <source>Nothing removed</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="166"/>
        <source>{0} synthetic items, {1} synthetic profiles, {2} and {3} trained on them</source>
        <translation>{0} 个合成条目、{1} 个合成用户、{2}，以及基于它们训练的 {3}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="169"/>
        <source>{0} model</source>
        <translation>{0} 个模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="170"/>
        <source>{0} models</source>
        <translation>{0} 个模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="171"/>
        <source>Removed the demo from {0}: {1}</source>
        <translation>已从 {0} 删除演示：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="172"/>
        <source>Merge item {0} into item {1} and delete {0}? [y/N] </source>
        <translation>把条目 {0} 合并到条目 {1} 并删除 {0}？[y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="173"/>
        <source>Nothing merged</source>
        <translation>未合并任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="174"/>
        <source>nothing else</source>
        <translation>没有其他内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="175"/>
        <source>Merged item {0} into item {1} (moved {2})</source>
        <translation>已把条目 {0} 合并到条目 {1}（移动了 {2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="176"/>
        <source>No likely duplicates found</source>
        <translation>没有发现可能的重复项</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="177"/>
        <source>{0} group of likely duplicates (merge with &apos;duplicates merge KEEP DROP&apos;):</source>
        <translation>{0} 组可能的重复项（用 “duplicates merge 保留ID 删除ID” 合并）：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="180"/>
        <source>{0} groups of likely duplicates (merge with &apos;duplicates merge KEEP DROP&apos;):</source>
        <translation>{0} 组可能的重复项（用 “duplicates merge 保留ID 删除ID” 合并）：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="183"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="184"/>
        <source>(no file)</source>
        <translation>（无文件）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="185"/>
        <source>New PIN: </source>
        <translation>新 PIN：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="186"/>
        <source>no terminal to type a new PIN; set {0} (nothing was changed)</source>
        <translation>没有可以输入新 PIN 的终端；请设置 {0}（未做任何更改）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="187"/>
        <source>The new PIN again: </source>
        <translation>再次输入新 PIN：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="188"/>
        <source>the two PINs differ; nothing was changed</source>
        <translation>两次输入的 PIN 不同；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="189"/>
        <source>PIN of {0}: </source>
        <translation>{0} 的 PIN：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="190"/>
        <source>Limits of {0!r} now: {1}</source>
        <translation>{0!r} 的限制现在是：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="191"/>
        <source>Limits of {0!r} are: {1}</source>
        <translation>{0!r} 的限制：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="192"/>
        <source>{0:,} item hidden from {1} ({2})</source>
        <translation>对 {1} 隐藏了 {0:,} 个条目（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="193"/>
        <source>{0:,} items hidden from {1} ({2})</source>
        <translation>对 {1} 隐藏了 {0:,} 个条目（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="194"/>
        <source>unrated</source>
        <translation>未分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="195"/>
        <source>all ages</source>
        <translation>所有年龄</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="196"/>
        <source>maximum certification: {0} ({1})</source>
        <translation>最高分级：{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="197"/>
        <source>explicit tracks hidden</source>
        <translation>隐藏含露骨内容的曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="198"/>
        <source>unrated films hidden</source>
        <translation>隐藏未分级的电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="199"/>
        <source>blocked genres: {0}</source>
        <translation>屏蔽的类型：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="200"/>
        <source>blocked tags: {0}</source>
        <translation>屏蔽的标签：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="201"/>
        <source>PIN set</source>
        <translation>已设置 PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="202"/>
        <source>no limits</source>
        <translation>没有限制</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="203"/>
        <source>Nothing recorded: profile {0!r} is incognito</source>
        <translation>未记录：用户 {0!r} 处于无痕模式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="204"/>
        <source>Recorded a skip of item {0} for {1!r}</source>
        <translation>已为 {1!r} 记录条目 {0} 的一次跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="205"/>
        <source>Recorded a play of item {0} for {1!r} ({2:.0%} played)</source>
        <translation>已为 {1!r} 记录条目 {0} 的一次播放（播放了 {2:.0%}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="206"/>
        <source>give either STARS (0.5 to 5) or --clear, not both or neither</source>
        <translation>请给出星级（0.5 到 5）或 --clear 之一，不能两者都给或都不给</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="207"/>
        <source>Cleared the rating of item {0} by {1!r}</source>
        <translation>已清除 {1!r} 对条目 {0} 的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="208"/>
        <source>Rated item {0} {1:g} star for {2!r}</source>
        <translation>已为 {2!r} 给条目 {0} 评 {1:g} 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="209"/>
        <source>Rated item {0} {1:g} stars for {2!r}</source>
        <translation>已为 {2!r} 给条目 {0} 评 {1:g} 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="210"/>
        <source>Profile {0!r} is incognito: nothing it plays is recorded</source>
        <translation>用户 {0!r} 已进入无痕模式：它播放的内容都不会被记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="211"/>
        <source>Profile {0!r} records its plays again</source>
        <translation>用户 {0!r} 重新记录播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="212"/>
        <source>{0!r} is not a number from 0 to 1</source>
        <translation>{0!r} 不是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="213"/>
        <source>every profile</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="214"/>
        <source>Trained {0} on the {1} for {2}: model run {3} ({4})</source>
        <translation>已在{1}上为{2}训练 {0}：模型运行 {3}（{4}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="215"/>
        <source>Held-out figures ({0} user): {1}</source>
        <translation>留出数据上的指标（{0} 个用户）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="216"/>
        <source>Held-out figures ({0} users): {1}</source>
        <translation>留出数据上的指标（{0} 个用户）：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="217"/>
        <source>No held-out figures: no profile has enough interactions to hold some out</source>
        <translation>没有留出指标：没有用户有足够的交互可以留出一部分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="220"/>
        <source>Settings: yours ({0})</source>
        <translation>设置：你给出的（{0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="221"/>
        <source>Settings: tuned on {0} ({1}); --no-tuned trains with the defaults</source>
        <translation>设置：调优于 {0}（{1}）；--no-tuned 使用默认设置训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="225"/>
        <source>Settings: the algorithm&apos;s defaults (tuned settings exist; --no-tuned)</source>
        <translation>设置：算法的默认设置（存在调优过的设置；--no-tuned）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="228"/>
        <source>Settings: the algorithm&apos;s defaults (never tuned)</source>
        <translation>设置：算法的默认设置（从未调优）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="222"/>
        <source>Settings: the algorithm&apos;s defaults (tuned on {0}: none better found)</source>
        <translation>设置：算法的默认设置（调优于 {0}：未找到更好的设置）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="229"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="230"/>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="231"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="232"/>
        <source>stale</source>
        <translation>已过时</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="233"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="234"/>
        <source> (the model is stale: the library&apos;s data changed since it was trained)</source>
        <translation>（模型已过时：训练之后媒体库的数据有变化）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="237"/>
        <source>For {0}, mixed by a blind test of two recommenders (abtest report):</source>
        <translation>给 {0} 的推荐，由两个推荐器的盲测混合而成（abtest report）：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="238"/>
        <source>For {0}, by {1} (model run {2}){3}:</source>
        <translation>给 {0} 的推荐，来自 {1}（模型运行 {2}）{3}：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="239"/>
        <source>why: {0}</source>
        <translation>原因：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="240"/>
        <source>what if: {0}</source>
        <translation>假如：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="241"/>
        <source>Model run {0} ({1}) serves recommendations again</source>
        <translation>模型运行 {0}（{1}）重新提供推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="242"/>
        <source>No models yet; train one with &apos;desktop-recsys train --kind film&apos;</source>
        <translation>还没有模型；用 “desktop-recsys train --kind film” 训练一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="243"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="244"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="245"/>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="246"/>
        <source>scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="247"/>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="248"/>
        <source>held-out metric</source>
        <translation>留出指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="249"/>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="250"/>
        <source>profile {0}</source>
        <translation>用户 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="251"/>
        <source>failed: {0}</source>
        <translation>失败：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="252"/>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="253"/>
        <source>No playlists yet; make one with &apos;desktop-recsys playlist smart create&apos; or from the Library&apos;s context menu</source>
        <translation>还没有播放列表；用 “desktop-recsys playlist smart create” 或在媒体库的右键菜单中创建</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="257"/>
        <source>smart</source>
        <translation>智能</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="258"/>
        <source>static</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="259"/>
        <source>  (shared)</source>
        <translation>（共享）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="260"/>
        <source>{0:&gt;5} item</source>
        <translation>{0:&gt;5} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="261"/>
        <source>{0:&gt;5} items</source>
        <translation>{0:&gt;5} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="262"/>
        <source>Created smart playlist {0!r} (id {1}): {2} ({3})</source>
        <translation>已创建智能播放列表 {0!r}（ID {1}）：{2}（{3}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="263"/>
        <source>Delete playlist {0!r}? [y/N] </source>
        <translation>删除播放列表 {0!r}？[y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="264"/>
        <source>Nothing deleted</source>
        <translation>未删除任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="265"/>
        <source>Deleted playlist {0!r} ({1})</source>
        <translation>已删除播放列表 {0!r}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="266"/>
        <source>Refreshed {0!r}: {1} ({2})</source>
        <translation>已更新 {0!r}：{1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="267"/>
        <source>smart playlist {0!r} (id {1}): {2}</source>
        <translation>智能播放列表 {0!r}（ID {1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="268"/>
        <source>playlist {0!r} (id {1}): {2}</source>
        <translation>播放列表 {0!r}（ID {1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="269"/>
        <source>Wrote {0!r} to {1} ({2})</source>
        <translation>已将 {0!r} 写入 {1}（{2}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="270"/>
        <source>{0} matches the rules</source>
        <translation>{0} 个符合规则</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="271"/>
        <source>{0} match the rules</source>
        <translation>{0} 个符合规则</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="272"/>
        <source>Added profile {0!r} (id {1}) with {2} favourite</source>
        <translation>已添加用户 {0!r}（ID {1}），带 {2} 个最爱</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="273"/>
        <source>Added profile {0!r} (id {1}) with {2} favourites</source>
        <translation>已添加用户 {0!r}（ID {1}），带 {2} 个最爱</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="274"/>
        <source>Train (or wait for the idle retrain) and its recommendations start from them</source>
        <translation>训练（或等待空闲时的重新训练）后，它的推荐会从这些最爱开始</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="277"/>
        <source>Added profile {0!r} (id {1})</source>
        <translation>已添加用户 {0!r}（ID {1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="278"/>
        <source>No profiles yet; add one with &apos;desktop-recsys profile add NAME&apos;</source>
        <translation>还没有用户；用 “desktop-recsys profile add 名称” 添加一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="279"/>
        <source>  (synthetic)</source>
        <translation>（合成）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="280"/>
        <source>Delete profile {0!r} with all its ratings and plays? [y/N] </source>
        <translation>删除用户 {0!r} 及其所有评分和播放记录？[y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="281"/>
        <source>Removed profile {0!r} and its {1}</source>
        <translation>已删除用户 {0!r} 及其 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="282"/>
        <source>Removed {0} model that had learned from it; retrained {1}</source>
        <translation>已删除 {0} 个从它学习过的模型；重新训练了 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="283"/>
        <source>Removed {0} models that had learned from it; retrained {1}</source>
        <translation>已删除 {0} 个从它学习过的模型；重新训练了 {1} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="284"/>
        <source>not retrained: {0}</source>
        <translation>未重新训练：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="285"/>
        <source>Note: {0} backup of the library still holds its data:</source>
        <translation>注意：媒体库的 {0} 个备份仍含有它的数据：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="286"/>
        <source>Note: {0} backups of the library still hold its data:</source>
        <translation>注意：媒体库的 {0} 个备份仍含有它的数据：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="287"/>
        <source>--balance must be between 0 and 1 (got {0:g})</source>
        <translation>--balance 必须在 0 到 1 之间（给出的是 {0:g}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="288"/>
        <source>--sound must be between 0 and 1 (got {0:g})</source>
        <translation>--sound 必须在 0 到 1 之间（给出的是 {0:g}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="289"/>
        <source>the radio found nothing to play for this seed; try another seed or import more items</source>
        <translation>电台找不到这个起点可播放的内容；请换一个起点或导入更多条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="293"/>
        <source>Radio: {0}</source>
        <translation>电台：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="294"/>
        <source>Wrote {0} of the radio from {1} to {2}</source>
        <translation>已把以 {1} 为起点的电台中的 {0} 写入 {2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="295"/>
        <source>, your taste from {0}</source>
        <translation>，你的口味来自 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="296"/>
        <source>Radio from {0} ({1}{2}):</source>
        <translation>以 {0} 为起点的电台（{1}{2}）：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="297"/>
        <source>{0} is a file; give a folder for the mixes (one .m3u8 per mix)</source>
        <translation>{0} 是一个文件；请为合辑给出一个文件夹（每个合辑一个 .m3u8）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="298"/>
        <source>{0} has too few favourites for a mix yet; rate or play more {1} (at least {2} rated 4 stars or played twice)</source>
        <translation>{0} 的最爱还太少，无法生成合辑；请评分或播放更多{1}（至少 {2} 个评为 4 星或播放过两次）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="302"/>
        <source>Wrote {0} ({1})</source>
        <translation>已写入 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="303"/>
        <source>Daily mixes of {0} ({1}):</source>
        <translation>{0} 的每日合辑（{1}）：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="304"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="305"/>
        <source>cannot tell the format of {0}: name it .m3u8 or .csv</source>
        <translation>无法判断 {0} 的格式：请以 .m3u8 或 .csv 结尾命名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="306"/>
        <source>{0} is a folder; give a file name ending in .m3u8 or .csv</source>
        <translation>{0} 是一个文件夹；请给出以 .m3u8 或 .csv 结尾的文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="307"/>
        <source>the folder {0} does not exist; create it first</source>
        <translation>文件夹 {0} 不存在；请先创建它</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="308"/>
        <source>{0} favourite</source>
        <translation>{0} 个最爱</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="309"/>
        <source>{0} favourites</source>
        <translation>{0} 个最爱</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="310"/>
        <source>{0} new pick</source>
        <translation>{0} 个新推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="311"/>
        <source>{0} new picks</source>
        <translation>{0} 个新推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="313"/>
        <source>from what people do (model run {0})</source>
        <translation>依据人们的行为（模型运行 {0}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="314"/>
        <source>from what people do (no model trained yet: the library&apos;s own history)</source>
        <translation>依据人们的行为（尚未训练模型：使用媒体库自身的记录）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="317"/>
        <source>by content (nobody has a history with these yet)</source>
        <translation>依据内容（还没有人有这些条目的记录）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="312"/>
        <source>by content (nobody has both it and any of these)</source>
        <translation>依据内容（没有人同时有它和其中任何一项）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="318"/>
        <source>by sound (the analysed tracks&apos; tempo, energy, brightness, key and timbre)</source>
        <translation>依据声音（已分析曲目的速度、能量、明亮度、调性和音色）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="321"/>
        <source>, blended with sound ({0:.0%} sound)</source>
        <translation>，并与声音混合（声音占 {0:.0%}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="322"/>
        <source>; no sound features for this item, so behaviour alone</source>
        <translation>；此条目没有声音特征，因此只依据行为</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="323"/>
        <source>Like {0} [id {1}], {2}:</source>
        <translation>与 {0} [id {1}] 相似，{2}：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="324"/>
        <source>nothing similar found</source>
        <translation>没有找到相似的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="325"/>
        <source>--limit must be at least 1</source>
        <translation>--limit 至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="326"/>
        <source>--workers must be at least 1</source>
        <translation>--workers 至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="327"/>
        <source>, {0:.1f} tracks/s</source>
        <translation>，每秒 {0:.1f} 首</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="328"/>
        <source>Analysed {0} track in {1:.1f} s{2}</source>
        <translation>已分析 {0} 首曲目，用时 {1:.1f} 秒{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="329"/>
        <source>Analysed {0} tracks in {1:.1f} s{2}</source>
        <translation>已分析 {0} 首曲目，用时 {1:.1f} 秒{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="330"/>
        <source>{0}: {1} ok, {2} failed; {3} already analysed and unchanged; {4} skipped; {5} left for a later run</source>
        <translation>{0}：{1} 首成功，{2} 首失败；{3} 首已分析过且未改变；{4} 首跳过；{5} 首留待下次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="334"/>
        <source>Failed (not tried again until the file changes)</source>
        <translation>失败（文件改变之前不会重试）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="335"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="336"/>
        <source>{0}:</source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="337"/>
        <source>{0} [id {1}]: {2}</source>
        <translation>{0} [id {1}]：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="338"/>
        <source>... and {0} more</source>
        <translation>……还有 {0} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="339"/>
        <source>not analysable: {0}</source>
        <translation>无法分析：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="340"/>
        <source>no steady beat found</source>
        <translation>没有找到稳定的节拍</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="341"/>
        <source> (or {0:.1f} / {1:.1f}: ambiguous)</source>
        <translation>（或 {0:.1f} / {1:.1f}：不确定）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="342"/>
        <source>tempo:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="343"/>
        <source>key:</source>
        <translation>调性：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="344"/>
        <source>no clear key</source>
        <translation>没有明确的调性</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="345"/>
        <source>loudness:</source>
        <translation>响度：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="346"/>
        <source>{0:.1f} dB full scale</source>
        <translation>{0:.1f} dBFS（满刻度）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="347"/>
        <source>energy:</source>
        <translation>能量：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="348"/>
        <source>{0:.2f} (0-1)</source>
        <translation>{0:.2f}（0–1）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="349"/>
        <source>brightness:</source>
        <translation>明亮度：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="350"/>
        <source>{0:.0f} Hz (spectral centroid)</source>
        <translation>{0:.0f} Hz（频谱质心）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="351"/>
        <source>window:</source>
        <translation>分析窗口：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="352"/>
        <source>{0:.0f} s from {1:.0f} s</source>
        <translation>从第 {1:.0f} 秒起 {0:.0f} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="353"/>
        <source>{0:,} file compared with the ratings and plays of {1!r}: {2:,} already agree</source>
        <translation>已将 {0:,} 个文件与 {1!r} 的评分和播放记录比较：{2:,} 个已一致</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="356"/>
        <source>{0:,} files compared with the ratings and plays of {1!r}: {2:,} already agree</source>
        <translation>已将 {0:,} 个文件与 {1!r} 的评分和播放记录比较：{2:,} 个已一致</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="359"/>
        <source>Dry run: {0}</source>
        <translation>试运行：{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="360"/>
        <source>would be written (the library&apos;s change is newer)</source>
        <translation>将写入（媒体库的更改更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="361"/>
        <source>written (the library&apos;s change is newer)</source>
        <translation>已写入（媒体库的更改更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="362"/>
        <source>would be read into the library (the file&apos;s change is newer)</source>
        <translation>将读入媒体库（文件的更改更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="363"/>
        <source>read into the library (the file&apos;s change is newer)</source>
        <translation>已读入媒体库（文件的更改更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="364"/>
        <source>the library&apos;s change is newer, kept (tags write writes it)</source>
        <translation>媒体库的更改更新，已保留（tags write 会写入它）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="365"/>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="366"/>
        <source>{0}: {1}: {2}</source>
        <translation>{0}：{1}：{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="367"/>
        <source>{0:,} file would be written</source>
        <translation>将写入 {0:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="368"/>
        <source>{0:,} files would be written</source>
        <translation>将写入 {0:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="369"/>
        <source>{0:,} file written</source>
        <translation>已写入 {0:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="370"/>
        <source>{0:,} files written</source>
        <translation>已写入 {0:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="371"/>
        <source>{0:,} would be read into the library</source>
        <translation>{0:,} 个将读入媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="372"/>
        <source>{0:,} read into the library</source>
        <translation>{0:,} 个已读入媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="373"/>
        <source>{0:,} kept the library&apos;s newer values</source>
        <translation>{0:,} 个保留了媒体库中更新的值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="374"/>
        <source>{0:,} could not be done (see above)</source>
        <translation>{0:,} 个无法完成（见上文）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="375"/>
        <source>track</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="376"/>
        <source>artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="377"/>
        <source>film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="378"/>
        <source>{0:,} track</source>
        <translation>{0:,} 首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="379"/>
        <source>{0:,} tracks</source>
        <translation>{0:,} 首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="380"/>
        <source>{0:,} artist</source>
        <translation>{0:,} 位艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="381"/>
        <source>{0:,} artists</source>
        <translation>{0:,} 位艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="382"/>
        <source>{0:,} film</source>
        <translation>{0:,} 部电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="383"/>
        <source>{0:,} films</source>
        <translation>{0:,} 部电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="384"/>
        <source>{0:,} profile</source>
        <translation>{0:,} 个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="385"/>
        <source>{0:,} profiles</source>
        <translation>{0:,} 个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="386"/>
        <source>{0:,} play</source>
        <translation>{0:,} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="387"/>
        <source>{0:,} plays</source>
        <translation>{0:,} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="388"/>
        <source>{0:,} mark</source>
        <translation>{0:,} 个标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="389"/>
        <source>{0:,} marks</source>
        <translation>{0:,} 个标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="390"/>
        <source>{0:,} friend</source>
        <translation>{0:,} 个好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="391"/>
        <source>{0:,} friends</source>
        <translation>{0:,} 个好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="392"/>
        <source>{0:,} friendship</source>
        <translation>{0:,} 个好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="393"/>
        <source>{0:,} friendships</source>
        <translation>{0:,} 个好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="394"/>
        <source>{0:,} playlist</source>
        <translation>{0:,} 个播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="395"/>
        <source>{0:,} playlists</source>
        <translation>{0:,} 个播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="396"/>
        <source>{0:,} entry</source>
        <translation>{0:,} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="397"/>
        <source>{0:,} entries</source>
        <translation>{0:,} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="398"/>
        <source>{0:,} tag</source>
        <translation>{0:,} 个标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="399"/>
        <source>{0:,} tags</source>
        <translation>{0:,} 个标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="400"/>
        <source>{0:,} genre</source>
        <translation>{0:,} 个类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="401"/>
        <source>{0:,} genres</source>
        <translation>{0:,} 个类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="402"/>
        <source>{0:,} person</source>
        <translation>{0:,} 位人员</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="403"/>
        <source>{0:,} people</source>
        <translation>{0:,} 位人员</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="404"/>
        <source>{0:,} alias</source>
        <translation>{0:,} 个别名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="405"/>
        <source>{0:,} aliases</source>
        <translation>{0:,} 个别名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="406"/>
        <source>{0:,} id</source>
        <translation>{0:,} 个 ID</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="407"/>
        <source>{0:,} ids</source>
        <translation>{0:,} 个 ID</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="408"/>
        <source>{0:,} model run</source>
        <translation>{0:,} 次模型运行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="409"/>
        <source>{0:,} model runs</source>
        <translation>{0:,} 次模型运行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="410"/>
        <source>{0:,} job</source>
        <translation>{0:,} 个任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="411"/>
        <source>{0:,} jobs</source>
        <translation>{0:,} 个任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="412"/>
        <source>{0:,} file</source>
        <translation>{0:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="413"/>
        <source>{0:,} files</source>
        <translation>{0:,} 个文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="414"/>
        <source>{0:,} playlist entry</source>
        <translation>{0:,} 个播放列表条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_output_catalog.py" line="415"/>
        <source>{0:,} playlist entries</source>
        <translation>{0:,} 个播放列表条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="364"/>
        <source>the new playlist&apos;s name</source>
        <translation>新播放列表的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="365"/>
        <source>an item must pass all rules (default) or any of them</source>
        <translation>条目必须满足所有规则（默认）或其中任意一条</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="366"/>
        <source>a rule (repeat it); the fields are listed below</source>
        <translation>一条规则（可重复）；字段列在下面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="367"/>
        <source>a ready-made playlist instead of rules: rediscovery (Rediscovery), fresh (Fresh for you), top_rated (Top rated by me), recent (Recently added)</source>
        <translation>用现成的播放列表代替规则：rediscovery（重新发现）、fresh（新鲜推荐）、top_rated（我评分最高）、recent（最近添加）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="371"/>
        <source>order of the list (default: added, newest first; a preset&apos;s own)</source>
        <translation>列表的顺序（默认：按添加时间，最新的在前；预设有自己的顺序）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="372"/>
        <source>at most N items, or a length such as 90m or 2h</source>
        <translation>最多 N 个条目，或一个时长，如 90m 或 2h</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="373"/>
        <source>only items of this kind (films count as played once watched)</source>
        <translation>只要这一种类的条目（电影看过即算播放过）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/cli_catalog.py" line="374"/>
        <source>the seed of --order random (stored, so refreshing keeps the order)</source>
        <translation>--order random 的种子（会保存，刷新时顺序不变）</translation>
    </message>
</context>
<context>
    <name>import_report</name>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="546"/>
        <source>added</source>
        <extracomment>Outcomes counted in an import report (``ImportReport.counts``), context ``&quot;import_report&quot;``.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="547"/>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="548"/>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="549"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="550"/>
        <source>new items</source>
        <translation>新条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="551"/>
        <source>unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="552"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="553"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="554"/>
        <source>back</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="555"/>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="556"/>
        <source>not media</source>
        <translation>非媒体文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="557"/>
        <source>with your edits kept</source>
        <translation>保留了你的编辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="558"/>
        <source>refiled</source>
        <translation>已重新归类</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="560"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="561"/>
        <source>kept (the library&apos;s is newer)</source>
        <translation>已保留（媒体库的更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="564"/>
        <source>tags written</source>
        <translation>已写入标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="566"/>
        <source>nothing to import (never played nor rated)</source>
        <translation>无可导入（从未播放也未评分）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="569"/>
        <source>the same file listed twice (counted once)</source>
        <translation>同一文件列出两次（只计一次）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="572"/>
        <source>matched by path</source>
        <translation>按路径匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="573"/>
        <source>matched by path, letter case ignored</source>
        <translation>按路径匹配（忽略大小写）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="576"/>
        <source>matched by moved folder</source>
        <translation>按移动后的文件夹匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="577"/>
        <source>matched by tags</source>
        <translation>按标签匹配</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="578"/>
        <source>not in the library</source>
        <translation>不在媒体库中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="579"/>
        <source>not a local file</source>
        <translation>不是本地文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="580"/>
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="581"/>
        <source>fewer than imported before (reset in the player?)</source>
        <translation>少于上次导入（播放器中已重置？）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="584"/>
        <source>same as the profile&apos;s</source>
        <translation>与用户的评分相同</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="585"/>
        <source>kept the profile&apos;s (unchanged in the player since the last import)</source>
        <translation>保留用户的评分（上次导入后播放器中未改动）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="588"/>
        <source>updated (the player&apos;s is newer)</source>
        <translation>已更新（播放器中的更新）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="591"/>
        <source>kept the profile&apos;s (the player&apos;s rating has no date)</source>
        <translation>保留用户的评分（播放器的评分没有日期）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="594"/>
        <source>kept the profile&apos;s (rated here later)</source>
        <translation>保留用户的评分（在本应用中评得更晚）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="181"/>
        <source>, </source>
        <extracomment>Locales with a translation (English needs none). The translation context of every :class:`~desktop_recsys.progress.Message` template. The locale that writes dates and times for each interface language when the system&apos;s locale is another language or none (C, POSIX).</extracomment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="184"/>
        <source>{0:,} {1}</source>
        <translation>{1} {0:,}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="187"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="189"/>
        <source>{0:,} problem(s), rows skipped:</source>
        <translation>{0:,} 个问题，已跳过这些行：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="193"/>
        <location filename="../../desktop_recsys/ui/i18n.py" line="201"/>
        <source>… and {0:,} more</source>
        <translation>……另有 {0:,} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="197"/>
        <source>{0:,} value(s) imported after cleaning:</source>
        <translation>{0:,} 个值经清理后导入：</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/i18n.py" line="203"/>
        <source>Note: {0}</source>
        <translation>备注：{0}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="40"/>
        <source>unknown item</source>
        <translation>未知条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="41"/>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="42"/>
        <source>{why}: no evidence</source>
        <translation>{why}：没有依据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="43"/>
        <source>{why}: popular with {count} people</source>
        <translation>{why}：{count} 人喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="44"/>
        <source>popular with {count} people</source>
        <translation>{count} 人喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="46"/>
        <source>{model}: recommending ({split})</source>
        <translation>{model}：正在推荐（{split}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="47"/>
        <source>{model}: measured ({split})</source>
        <translation>{model}：已测量（{split}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="48"/>
        <source>evaluation done</source>
        <translation>评估完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="50"/>
        <source>exhausted</source>
        <translation>已尝试全部候选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="51"/>
        <source>max_trials</source>
        <translation>达到试验次数上限</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="52"/>
        <source>budget</source>
        <translation>时间预算用完</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="53"/>
        <source>early_stopping</source>
        <translation>不再有提升</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="54"/>
        <source>trial {number}: {step}</source>
        <translation>第 {number} 次试验：{step}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="55"/>
        <source>trial {number} ({params}): {metric} {score:.4f}; best {best:.4f}</source>
        <translation>第 {number} 次试验（{params}）：{metric} {score:.4f}；最佳 {best:.4f}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="60"/>
        <source>tuning done: {trials} trials, stopped by {reason}</source>
        <translation>调参完成：共 {trials} 次试验，停止原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="232"/>
        <source>Reading the artist library</source>
        <translation>正在读取艺术家库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="233"/>
        <source>Reading the track library</source>
        <translation>正在读取曲目库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="260"/>
        <source>reading the library</source>
        <translation>正在读取媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="261"/>
        <source>reading the profile</source>
        <translation>正在读取用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="262"/>
        <source>writing the archive</source>
        <translation>正在写入压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="263"/>
        <source>writing</source>
        <translation>正在写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="264"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="265"/>
        <source>exporting the playlist</source>
        <translation>正在导出播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="290"/>
        <source>finishing</source>
        <translation>正在收尾</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="291"/>
        <source>listing files</source>
        <translation>正在列出文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="292"/>
        <source>reading tags</source>
        <translation>正在读取标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="293"/>
        <source>matching {what}</source>
        <translation>正在匹配{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="294"/>
        <source>adding {what}</source>
        <translation>正在添加{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="301"/>
        <source>Evaluation done</source>
        <translation>评估完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="59"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="62"/>
        <source>{algorithm}: indexing text, {done} of {total} items</source>
        <translation>{algorithm}：正在索引文本，{done}/{total} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="63"/>
        <source>{algorithm}: weighting text terms</source>
        <translation>{algorithm}：正在计算文本词权重</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="65"/>
        <source>Writing the list</source>
        <translation>正在写入列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="66"/>
        <source>Copying the library</source>
        <translation>正在复制媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="67"/>
        <source>Writing the report</source>
        <translation>正在写入报告</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="69"/>
        <source>library {path} is damaged ({problem}); restore a backup or choose another file</source>
        <translation>媒体库 {path} 已损坏（{problem}）；请恢复备份或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="73"/>
        <source>{path} is not a readable desktop_recsys library ({problem}); choose another file</source>
        <translation>{path} 不是可读取的 desktop_recsys 媒体库（{problem}）；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="77"/>
        <source>library {path} is read-only (or its folder is); copy it to a writable folder</source>
        <translation>媒体库 {path}（或其所在文件夹）是只读的；请将其复制到可写的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="81"/>
        <source>{path} is not a desktop_recsys library (not an SQLite file); choose another file</source>
        <translation>{path} 不是 desktop_recsys 媒体库（不是 SQLite 文件）；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="85"/>
        <source>{path} is an SQLite database of another program, not a desktop_recsys library; choose another file</source>
        <translation>{path} 是其他程序的 SQLite 数据库，不是 desktop_recsys 媒体库；请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="89"/>
        <source>library {path} is locked by another program; close it and try again</source>
        <translation>媒体库 {path} 被其他程序锁定；请关闭该程序后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="93"/>
        <source>library {path} is busy in another program or window; try again shortly</source>
        <translation>媒体库 {path} 正被其他程序或窗口使用；请稍后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="97"/>
        <source>library {path} is read-only; nothing was changed</source>
        <translation>媒体库 {path} 是只读的；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="228"/>
        <source>films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="230"/>
        <source>tracks</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="231"/>
        <source>Reading the film library</source>
        <translation>正在读取电影库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="234"/>
        <source>no profile with id {profile}</source>
        <translation>没有 ID 为 {profile} 的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="235"/>
        <source>Reading ratings and plays</source>
        <translation>正在读取评分和播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="236"/>
        <source>Weighing the interactions</source>
        <translation>正在计算互动权重</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="237"/>
        <source>there are no ratings of {what} to learn from (after &apos;don&apos;t learn from this&apos; marks); rate some first</source>
        <translation>没有可供学习的{what}评分（已排除标记为“不要从中学习”的条目）；请先评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="241"/>
        <source>there are no plays or ratings of {what} to learn from (after &apos;don&apos;t learn from this&apos; marks); rate or play some first</source>
        <translation>没有可供学习的{what}播放或评分记录（已排除标记为“不要从中学习”的条目）；请先评分或播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="245"/>
        <source>Reading genres, tags and people</source>
        <translation>正在读取类型、标签和人员</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="246"/>
        <source>Building the data set</source>
        <translation>正在构建数据集</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="247"/>
        <source>{interactions:,} interactions of {profiles} profiles</source>
        <translation>{profiles} 个用户的 {interactions:,} 条互动</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="249"/>
        <source>profile {profile} has too few interactions to hold some out (at least {needed} are needed)</source>
        <translation>用户 {profile} 的互动太少，无法留出测试数据（至少需要 {needed} 条）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="253"/>
        <source>a budget of {seconds} s is spent reading the library; give more</source>
        <translation>{seconds} 秒的预算已全部用于读取媒体库；请增加预算</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="257"/>
        <source>Measuring the model on held-out rows</source>
        <translation>正在用留出数据测量模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="258"/>
        <source>Held-out figures ready</source>
        <translation>留出数据评估结果已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="266"/>
        <source>item ids are positive numbers; see &apos;desktop-recsys duplicates&apos;</source>
        <translation>条目 ID 必须是正整数；请参阅“desktop-recsys duplicates”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="229"/>
        <source>artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="30"/>
        <source>{algorithm}: epoch {epoch} of {epochs}</source>
        <extracomment>Message templates (context ``&quot;messages&quot;``), grouped by the module that uses them.</extracomment>
        <translation>{algorithm}：第 {epoch}/{epochs} 轮</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="271"/>
        <source>links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="272"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="273"/>
        <source>tag names</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="274"/>
        <source>ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="275"/>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="276"/>
        <source>entries</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="277"/>
        <source>listens</source>
        <translation>收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="278"/>
        <source>scrobbles</source>
        <translation>收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="279"/>
        <source>listening counts</source>
        <translation>收听次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="280"/>
        <source>friendships</source>
        <translation>好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="281"/>
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="282"/>
        <source>history</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="283"/>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="284"/>
        <source>profiles</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="285"/>
        <source>playlists</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="295"/>
        <source>import csv needs --map COLUMN=FIELD,... (at least COLUMN=title)</source>
        <translation>导入 CSV 需要 --map 列名=字段，...（至少要有 列名=title）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="300"/>
        <source>choose at least one algorithm to evaluate</source>
        <translation>请至少选择一个要评估的算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="302"/>
        <source>there is no evaluation to export yet</source>
        <translation>还没有可导出的评估结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="303"/>
        <source>{model}: lists for the charts</source>
        <translation>{model}：正在生成图表所需的列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="304"/>
        <source>The items have no genres: no calibration chart.</source>
        <translation>条目没有类型信息：无法绘制校准图。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="305"/>
        <source>Projecting the catalogue to two dimensions</source>
        <translation>正在将目录投影到二维平面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="306"/>
        <source>No catalogue map: {reason}</source>
        <translation>无法生成目录地图：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="307"/>
        <source>this catalogue map has no item vectors: run the evaluation again</source>
        <translation>此目录地图没有条目向量：请重新运行评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="311"/>
        <source>too few items for a t-SNE map ({count})</source>
        <translation>条目太少，无法生成 t-SNE 地图（{count}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="312"/>
        <source>Catalogue map (t-SNE): step {step} of {steps}</source>
        <translation>目录地图（t-SNE）：第 {step}/{steps} 步</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="314"/>
        <source>Erasing profile {name}</source>
        <translation>正在删除用户 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="315"/>
        <source>Profile {name} deleted</source>
        <translation>用户 {name} 已删除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="316"/>
        <source>Retraining {algorithm} for {what}</source>
        <translation>正在为{what}重新训练 {algorithm}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="318"/>
        <source>the number of recommendations must be at least 1 (got {n})</source>
        <translation>推荐数量至少为 1（当前为 {n}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="322"/>
        <source>Loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="323"/>
        <source>Ranking</source>
        <translation>正在排序</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="324"/>
        <source>Explaining</source>
        <translation>正在生成推荐理由</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="329"/>
        <source>{count} recommendations</source>
        <translation>{count} 条推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="325"/>
        <source>the data changed since this model was trained; retrain for fresher picks</source>
        <translation>此模型训练后数据已有变化；重新训练可获得更新的推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="16"/>
        <source>popularity: counted</source>
        <translation>popularity：计数完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="17"/>
        <source>ease: weights</source>
        <translation>ease：权重已算出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="18"/>
        <source>content: text indexed</source>
        <translation>content：文本已建索引</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="19"/>
        <source>content: attributes indexed</source>
        <translation>content：属性已建索引</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="20"/>
        <source>content: item vectors built</source>
        <translation>content：条目向量已建好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="21"/>
        <source>social: reading friendships</source>
        <translation>social：正在读取好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="22"/>
        <source>social: friends of {done} of {total} users</source>
        <translation>social：已处理 {done}/{total} 个用户的好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="23"/>
        <source>similarities: chunk {chunk} of {chunks}</source>
        <translation>相似度：第 {chunk} 块，共 {chunks} 块</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="24"/>
        <source>learned-ranker: held out training positives</source>
        <translation>learned-ranker：已留出训练正例</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="25"/>
        <source>learned-ranker: classifier trained</source>
        <translation>learned-ranker：分类器已训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="32"/>
        <source>{algorithm}: training rows of {done} of {total} users</source>
        <translation>{algorithm}：正在训练第 {done}/{total} 个用户的数据行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="33"/>
        <source>{algorithm}: training the decision tree</source>
        <translation>{algorithm}：正在训练决策树</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="34"/>
        <source>{algorithm}: random forest, {trees} of {total} trees</source>
        <translation>{algorithm}：随机森林，第 {trees}/{total} 棵树</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="35"/>
        <source>{algorithm}: training the linear svm</source>
        <translation>{algorithm}：正在训练线性 SVM</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="37"/>
        <source>{algorithm} item factors</source>
        <translation>{algorithm} 的条目因子</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="38"/>
        <source>content vectors (genres, tags, people, decade)</source>
        <translation>内容向量（类型、标签、人员、年代）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="27"/>
        <source>no profile named {name!r}; see &apos;desktop-recsys profile list&apos;</source>
        <translation>没有名为 {name!r} 的用户；请查看 “desktop-recsys profile list”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="28"/>
        <source>a profile named {name!r} already exists</source>
        <translation>名为 {name!r} 的用户已存在</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="30"/>
        <source>unknown algorithm {name!r} (did you mean {near!r}?); choose one of: {choices}</source>
        <translation>未知的算法 {name!r}（你是想输入 {near!r} 吗？）；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="34"/>
        <source>unknown algorithm {name!r}; choose one of: {choices}</source>
        <translation>未知的算法 {name!r}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="35"/>
        <source>unknown parameter {key!r} for algorithm {algorithm!r} (did you mean {near!r}?); known: {known}</source>
        <translation>算法 {algorithm!r} 没有参数 {key!r}（你是想输入 {near!r} 吗？）；已知参数：{known}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="40"/>
        <source>unknown parameter {key!r} for algorithm {algorithm!r}; known: {known}</source>
        <translation>算法 {algorithm!r} 没有参数 {key!r}；已知参数：{known}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="43"/>
        <source>parameter {key}={raw!r} for algorithm {algorithm!r} is not {kind}</source>
        <translation>算法 {algorithm!r} 的参数 {key}={raw!r} 不是{kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="46"/>
        <source>true or false</source>
        <translation>“true”或“false”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="47"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="48"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="49"/>
        <source>a finite number</source>
        <translation>有限的数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="51"/>
        <source>the share played must be a number from 0 to 1 (got {share!r})</source>
        <translation>播放比例必须是 0 到 1 之间的数字（给出的是 {share!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="52"/>
        <source>the share played must be from 0 to 1 (got {share})</source>
        <translation>播放比例必须在 0 到 1 之间（给出的是 {share}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="53"/>
        <source>no item {item} in the library; `search` finds an item&apos;s id</source>
        <translation>媒体库中没有条目 {item}；用 `search` 可以找到条目的 ID</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="54"/>
        <source>no item {item} in the library; give an item id or a file&apos;s path</source>
        <translation>媒体库中没有条目 {item}；请给出条目 ID 或文件路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="57"/>
        <source>no item given; give an item id or a file&apos;s path</source>
        <translation>没有给出条目；请给出条目 ID 或文件路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="58"/>
        <source>{text!r} is neither an item id nor the path of a file in the library</source>
        <translation>{text!r} 既不是条目 ID，也不是媒体库中某个文件的路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="61"/>
        <source>a rating is a number of stars from 0.5 to 5 (got {stars!r})</source>
        <translation>评分是 0.5 到 5 之间的星数（给出的是 {stars!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="62"/>
        <source>a rating is 0.5 to 5 stars in half stars (got {stars})</source>
        <translation>评分是 0.5 到 5 星，以半星为单位（给出的是 {stars}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="64"/>
        <source>per-user random holdout repeated {repeats} times: {share} of each user with at least {least} interactions (seeds {seed} to {last})</source>
        <translation>按用户随机留出，重复 {repeats} 次：每个至少有 {least} 次交互的用户留出 {share}（随机种子 {seed} 到 {last}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="69"/>
        <source>per-user random holdout: {share} of each user with at least {least} interactions (seed {seed})</source>
        <translation>按用户随机留出：每个至少有 {least} 次交互的用户留出 {share}（随机种子 {seed}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="74"/>
        <source>leave-last {n}-out by time (users with at least {least})</source>
        <translation>按时间留出最后 {n} 次（至少有 {least} 次交互的用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="75"/>
        <source>leave-most recent {share}-out by time (users with at least {least})</source>
        <translation>按时间留出最近的 {share}（至少有 {least} 次交互的用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="78"/>
        <source>{folds}-fold cross-validation per user (seed {seed})</source>
        <translation>按用户的 {folds} 折交叉验证（随机种子 {seed}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="99"/>
        <source>Inventing artists and tracks</source>
        <translation>正在虚构艺术家和曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="100"/>
        <source>Inventing films</source>
        <translation>正在虚构电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="101"/>
        <source>Writing the demo library</source>
        <translation>正在写入演示媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="102"/>
        <source>Writing profiles, ratings and plays</source>
        <translation>正在写入用户、评分和播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="103"/>
        <source>Introducing friends</source>
        <translation>正在结交好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="104"/>
        <source>Demo library ready</source>
        <translation>演示媒体库已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="106"/>
        <source>{path} does not exist</source>
        <translation>{path} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="107"/>
        <source>{path} is not a readable zip archive</source>
        <translation>{path} 不是可读取的 zip 压缩包</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="141"/>
        <source>same file content</source>
        <translation>文件内容相同</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="142"/>
        <source>same {source} id {value}</source>
        <translation>{source} ID 相同（{value}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="143"/>
        <source>same title and year</source>
        <translation>标题和年份相同</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="144"/>
        <source>same film under another title ({name})</source>
        <translation>同一部电影的另一个标题（{name}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="145"/>
        <source>same artist, title and duration</source>
        <translation>艺术家、标题和时长相同</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="146"/>
        <source>same artist and title</source>
        <translation>艺术家和标题相同</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="147"/>
        <source>--map entry {entry!r} is not COLUMN=FIELD</source>
        <translation>--map 的条目 {entry!r} 不是 列名=字段 的形式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="148"/>
        <source>--map field {field!r} is unknown; use one of {fields} or id.SOURCE</source>
        <translation>--map 的字段 {field!r} 未知；请使用 {fields} 之一或 id.来源</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="151"/>
        <source>--map must name the column holding the title (COLUMN=title)</source>
        <translation>--map 必须指出含有标题的列（列名=title）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="152"/>
        <source>unknown item kind {kind!r}; use one of {kinds}</source>
        <translation>未知的条目类别 {kind!r}；请使用 {kinds} 之一</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="127"/>
        <source>no item given; name an item by its id or its title</source>
        <translation>没有给出条目；请用 ID 或标题指明条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="80"/>
        <source>--days must be more than 0 and at most {most} (got {days})</source>
        <translation>--days 必须大于 0 且不超过 {most}（给出的是 {days}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="81"/>
        <source>--interactions must be 1 to {most} (got {given})</source>
        <translation>--interactions 必须在 1 到 {most} 之间（给出的是 {given}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="82"/>
        <source>--a and --b are both {name}; choose two different recommenders</source>
        <translation>--a 和 --b 都是 {name}；请选择两个不同的推荐器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="83"/>
        <source>no profile: create one first with &apos;desktop-recsys profile add NAME&apos;</source>
        <translation>没有用户：请先用 “desktop-recsys profile add 名称” 创建一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="86"/>
        <source>no profile given and the library has several; add --profile ({names})</source>
        <translation>没有给出用户，而媒体库中有多个用户；请加上 --profile（{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="89"/>
        <source>{count} blind tests are running; say which with --profile and --kind</source>
        <translation>有 {count} 个盲测正在进行；请用 --profile 和 --kind 指明是哪一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="92"/>
        <source>no blind test is running; start one with &apos;desktop-recsys abtest start&apos;</source>
        <translation>没有正在进行的盲测；用 “desktop-recsys abtest start” 开始一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="95"/>
        <source>no blind test yet; start one with &apos;desktop-recsys abtest start&apos;</source>
        <translation>还没有盲测；用 “desktop-recsys abtest start” 开始一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="98"/>
        <source>a blind test of {a} and {b} is already running for {name}&apos;s {kinds}; see it with &apos;desktop-recsys abtest report&apos; or stop it with &apos;desktop-recsys abtest stop&apos; first</source>
        <translation>{name} 的{kinds}上已有一个 {a} 和 {b} 的盲测在进行；请先用 “desktop-recsys abtest report” 查看，或用 “desktop-recsys abtest stop” 停止它</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="104"/>
        <source>{algorithm} for {kinds}: {reason}</source>
        <translation>{kinds}的 {algorithm}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="106"/>
        <source>--limit must be at least 1</source>
        <translation>--limit 至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="107"/>
        <source>{title} [id {item}] has not been analysed yet; run &apos;desktop-recsys analyze&apos; first</source>
        <translation>{title} [id {item}] 还没有分析过；请先运行 “desktop-recsys analyze”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="112"/>
        <source>no rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="113"/>
        <source>{stars} star</source>
        <translation>{stars} 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="114"/>
        <source>{stars} stars</source>
        <translation>{stars} 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="115"/>
        <source>rating {old} -&gt; {new}</source>
        <translation>评分 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="116"/>
        <source>plays {old} -&gt; {new}</source>
        <translation>播放次数 {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="117"/>
        <source>{detail} (changed on disk since the last scan)</source>
        <translation>{detail}（上次扫描后磁盘上的文件有改动）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="118"/>
        <source>profile {name!r} is a data set&apos;s user; choose a person&apos;s profile</source>
        <translation>用户 {name!r} 是数据集中的用户；请选择一个真人的用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="121"/>
        <source>no profile receives the ratings in your files; create one with &apos;desktop-recsys profile add NAME&apos; or give --profile</source>
        <translation>没有用户接收你文件中的评分；请用 “desktop-recsys profile add 名称” 创建一个，或给出 --profile</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="128"/>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="129"/>
        <source>{listed} and {more} more</source>
        <translation>{listed}，以及另外 {more} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="130"/>
        <source>{count} items are titled {text!r}: {listed}; give the id, the year (&quot;Title (1999)&quot;) or --kind</source>
        <translation>有 {count} 个条目的标题是 {text!r}：{listed}；请给出 ID、年份（“标题 (1999)”）或 --kind</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="135"/>
        <source>no {what} is titled {text!r}; did you mean: {listed}? Give the id or the exact title</source>
        <translation>没有标题为 {text!r} 的{what}；你是想找：{listed}？请给出 ID 或确切的标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="139"/>
        <source>no {what} matches {text!r}; check the id or the title</source>
        <translation>没有与 {text!r} 匹配的{what}；请检查 ID 或标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="154"/>
        <source>Because you listen to {terms} and to {moods} music</source>
        <translation>因为你常听{terms}，也爱听{moods}的音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="155"/>
        <source>Because you listen to {moods} music</source>
        <translation>因为你常听{moods}的音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="157"/>
        <source>From the same decade ({names}s)</source>
        <translation>同一年代（{names} 年代）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_more.py" line="158"/>
        <source>{band} min</source>
        <translation>{band} 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="109"/>
        <source>{path} is not a file</source>
        <translation>{path} 不是文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="110"/>
        <source>{path} is empty</source>
        <translation>{path} 是空的</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="111"/>
        <source>{path} has no column(s) {missing}; its columns are {columns}</source>
        <translation>{path} 缺少列 {missing}；现有的列为 {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="116"/>
        <source>{path} is not a folder</source>
        <translation>{path} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="118"/>
        <source>not media, not imported: {count:,} {kind} ({detail})</source>
        <translation>非媒体文件，未导入：{count:,} 个{kind}（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="119"/>
        <source>cover art and pictures</source>
        <translation>封面和图片</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="120"/>
        <source>playlists and cue sheets</source>
        <translation>播放列表和 CUE 表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="121"/>
        <source>text, logs and checksums</source>
        <translation>文本、日志和校验文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="122"/>
        <source>subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="123"/>
        <source>macOS resource forks (._ files)</source>
        <translation>macOS 资源分支（._ 文件）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="124"/>
        <source>folder settings of file managers</source>
        <translation>文件管理器的文件夹设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="125"/>
        <source>film notes (.nfo) with no film beside them</source>
        <translation>旁边没有电影的电影说明（.nfo）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="126"/>
        <source>certification</source>
        <translation>分级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="127"/>
        <source>explicit flag</source>
        <translation>露骨内容标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="129"/>
        <source>{text!r} is no certification this app knows; use e.g. G, PG, PG-13, R, U, 12A, 15, FSK 12 or an age such as 12</source>
        <translation>本应用不认识分级 {text!r}；请使用如 G、PG、PG-13、R、U、12A、15、FSK 12 或一个年龄（如 12）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="133"/>
        <source>a PIN has {low} to {high} characters; nothing was changed</source>
        <translation>PIN 需要 {low} 到 {high} 个字符；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="134"/>
        <source>profile {name!r} is protected by a PIN; give it (or set DESKTOP_RECSYS_PIN); nothing was changed</source>
        <translation>用户 {name!r} 受 PIN 保护；请提供 PIN（或设置 DESKTOP_RECSYS_PIN）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="138"/>
        <source>wrong PIN for profile {name!r}; nothing was changed</source>
        <translation>用户 {name!r} 的 PIN 错误；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="139"/>
        <source>{path}: the content is {content} but the name says {ext}; read as {content} (rename it)</source>
        <translation>{path}：内容是 {content}，但文件名表明是 {ext}；已按 {content} 读取（请重命名）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="143"/>
        <source>{path}: the content is {content} but the name has no extension; read as {content} (rename it)</source>
        <translation>{path}：内容是 {content}，但文件名没有扩展名；已按 {content} 读取（请重命名）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="147"/>
        <source>{path}: audio only (no video stream), so now a track instead of a film; its ratings, plays and your edits are kept</source>
        <translation>{path}：只有音频（没有视频流），现归为曲目而非电影；其评分、播放记录和你的编辑均已保留</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="151"/>
        <source>{path}: now a {kind} instead of a {was}; its ratings, plays and your edits are kept</source>
        <translation>{path}：现归为{kind}而非{was}；其评分、播放记录和你的编辑均已保留</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="155"/>
        <source>{path}: kept your edits of {fields} (the file&apos;s tags now say otherwise)</source>
        <translation>{path}：保留了你对{fields}的编辑（文件标签现在写的是别的内容）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="158"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="159"/>
        <source>artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="160"/>
        <source>album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="161"/>
        <source>album artist</source>
        <translation>专辑艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="162"/>
        <source>track number</source>
        <translation>曲目编号</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="163"/>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="164"/>
        <source>length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="165"/>
        <source>genres</source>
        <translation>流派</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="166"/>
        <source>film</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="167"/>
        <source>track</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="169"/>
        <source>layout: {name}</source>
        <translation>格式：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="170"/>
        <source>layout: with a header</source>
        <translation>格式：带表头</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="171"/>
        <source>layout: artist,album,track,date without a header</source>
        <translation>格式：artist,album,track,date，无表头</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="172"/>
        <source>profile {name!r} existed: its privacy settings were kept</source>
        <translation>用户 {name!r} 已存在：保留了其隐私设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="173"/>
        <source>friends of {name!r} with no profile in this library were left out: {names}</source>
        <translation>{name!r} 的好友中在此媒体库里没有用户的已略去：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="177"/>
        <source>{matched:,} of {rows:,} rows ({share:.0f}%) matched items already in the library; the others became catalogue-only items (profile {profile!r})</source>
        <translation>{rows:,} 行中有 {matched:,} 行（{share:.0f}%）匹配到媒体库中已有的条目；其余成为仅在目录中的条目（用户 {profile!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="182"/>
        <source>dry run: nothing was written</source>
        <translation>试运行：未写入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="183"/>
        <source>the folder moved: {old} in {player} is {new} here ({n} entries)</source>
        <translation>文件夹已移动：{player} 中的 {old} 在这里是 {new}（{n} 个条目）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="186"/>
        <source>{n} item(s) had several entries (copies of one song): their counts were added up</source>
        <translation>{n} 个条目有多个记录（同一首歌的副本）：其次数已相加</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="190"/>
        <source>{matched:,} entries with a history matched items of the library ({profile!r}); {missing:,} did not (listed as problems: scan their folder, then import again)</source>
        <translation>{matched:,} 个有历史的记录与媒体库条目匹配（{profile!r}）；{missing:,} 个未匹配（列为问题：请先扫描其文件夹，再重新导入）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="194"/>
        <source>all {matched:,} entries with a history matched items of the library ({profile!r})</source>
        <translation>全部 {matched:,} 个有历史的记录都与媒体库条目匹配（{profile!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="198"/>
        <source>a player&apos;s rating replaced the profile&apos;s only where it is newer (dated by its last play); an undated one never replaces a rating given here</source>
        <translation>播放器的评分只在更新时（以最后播放时间为准）才替换用户的评分；没有日期的评分从不替换在本应用中给出的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="202"/>
        <source>read as a {player} database (its songs are laid out so)</source>
        <translation>按 {player} 数据库读取（其歌曲表是这样排列的）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="203"/>
        <source>{n} watched TV episode(s) passed over: the library holds films, music and artists</source>
        <translation>跳过了 {n} 集已看的电视剧：媒体库只收录电影、音乐和艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="207"/>
        <source>{n} entries that are not songs (radio, podcasts) passed over</source>
        <translation>跳过了 {n} 个不是歌曲的条目（电台、播客）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="209"/>
        <source>{path} is not a folder; give the folder of a MovieLens data set</source>
        <translation>{path} 不是文件夹；请选择 MovieLens 数据集所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="213"/>
        <source>no MovieLens files in {path}: expected movies.csv (ml-latest, ml-25m), movies.dat (ml-1m, ml-10m) or u.item (ml-100k)</source>
        <translation>{path} 中没有 MovieLens 文件：应包含 movies.csv（ml-latest、ml-25m）、movies.dat（ml-1m、ml-10m）或 u.item（ml-100k）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="218"/>
        <source>library {path} does not exist; nothing to back up</source>
        <translation>媒体库 {path} 不存在；没有可备份的内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="219"/>
        <source>the backup file cannot be the library itself</source>
        <translation>备份文件不能是媒体库本身</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="220"/>
        <source>cannot write {path}: folder {folder} does not exist</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="221"/>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="222"/>
        <source>cannot write a backup of {path}: {reason}</source>
        <translation>无法写入 {path} 的备份：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="223"/>
        <source>the restored library fails its checks ({problem}); the previous library is kept at {path}</source>
        <translation>恢复的媒体库未通过检查（{problem}）；之前的媒体库保存在 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="286"/>
        <source>plays</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="287"/>
        <source>views</source>
        <translation>观看</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="288"/>
        <source>skips</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="289"/>
        <source>partial views</source>
        <translation>部分观看</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="330"/>
        <source>no friends with a history: content similarity</source>
        <translation>好友都还没有记录：按内容相似度推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="331"/>
        <source>no friends with a history: popular items</source>
        <translation>好友都还没有记录：推荐热门条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="332"/>
        <source>the first model&apos;s score</source>
        <translation>初筛模型的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="333"/>
        <source>the first model&apos;s ranking</source>
        <translation>初筛模型的排名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="334"/>
        <source>content similarity</source>
        <translation>内容相似度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="335"/>
        <source>your favourite genres</source>
        <translation>你喜爱的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="336"/>
        <source>popularity</source>
        <translation>流行度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="337"/>
        <source>how much others liked it</source>
        <translation>其他人的喜爱程度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="338"/>
        <source>its age</source>
        <translation>发行年代</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="339"/>
        <source>recent interest</source>
        <translation>近期热度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="340"/>
        <source>what your friends like</source>
        <translation>好友的喜好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="341"/>
        <source>how active you are</source>
        <translation>你的活跃程度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="342"/>
        <source>content similarity, for a new profile</source>
        <translation>内容相似度（新用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="343"/>
        <source>content similarity, for a new item</source>
        <translation>内容相似度（新条目）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="344"/>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="345"/>
        <source>{first}, {second}</source>
        <translation>{first}、{second}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="346"/>
        <source>Shares genre {names}</source>
        <translation>同属类型：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="347"/>
        <source>Shares tag {names}</source>
        <translation>相同标签：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="348"/>
        <source>Also with {names}</source>
        <translation>同样有 {names} 参与</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="349"/>
        <source>Similar length ({names})</source>
        <translation>时长相近（{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="350"/>
        <source>Shares {kind} {names}</source>
        <translation>相同的 {kind}：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="351"/>
        <source>Unknown user: popular with {count} people</source>
        <translation>新用户：{count} 人喜欢的热门之选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="352"/>
        <source>Popular with {count} people</source>
        <translation>{count} 人喜欢的热门之选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="353"/>
        <source>A popular pick</source>
        <translation>热门之选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="354"/>
        <source>A friend of yours has it</source>
        <translation>一位好友看过或听过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="355"/>
        <source>{count} of your friends have it</source>
        <translation>{count} 位好友看过或听过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="356"/>
        <source>Mostly from {component}</source>
        <translation>主要依据：{component}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="357"/>
        <source>Re-ranked on {features}</source>
        <translation>按{features}重新排序</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="358"/>
        <source>Because you liked {titles}</source>
        <translation>因为你喜欢 {titles}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="359"/>
        <source>Liked by {count} people with similar taste</source>
        <translation>{count} 位品味相近的人喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="360"/>
        <source>From the pattern of your ratings and plays</source>
        <translation>依据你的评分和播放记录的规律</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="361"/>
        <source>no interactions yet: the most popular items; rate a few to make it yours</source>
        <translation>还没有任何评分或播放：这是最热门的作品；评几个分，让推荐更贴合你</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="364"/>
        <source>no usable {algorithm} model for {what} ({problem}); train a new one</source>
        <translation>没有可用于{what}的 {algorithm} 模型（{problem}）；请训练一个新模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="368"/>
        <source>no usable model for {what} ({problem}); train a new one</source>
        <translation>没有可用于{what}的模型（{problem}）；请训练一个新模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="369"/>
        <source>no {algorithm} model has been trained for {what} yet; train one first</source>
        <translation>尚未为{what}训练 {algorithm} 模型；请先训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="373"/>
        <source>no model has been trained for {what} yet; train one first</source>
        <translation>尚未为{what}训练模型；请先训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="374"/>
        <source>no model has been trained for {what} yet, so their score is unknown and they come last; train one for a list ordered by taste</source>
        <translation>还没有为{what}训练模型，因此它们的分数未知，排在最后；训练一个模型即可按口味排序</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="379"/>
        <source>no model run {run}</source>
        <translation>没有编号为 {run} 的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="380"/>
        <source>model run {run} is {status}; only a trained model can serve</source>
        <translation>模型 {run} 的状态为 {status}；只有训练完成的模型才能使用</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="384"/>
        <source>the file of model run {run} is missing; train a new model</source>
        <translation>模型 {run} 的文件已丢失；请训练一个新模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="386"/>
        <source>Without {title} it would not be picked from your history (now #{now})</source>
        <translation>没有《{title}》，它就不会根据你的历史被选中（现在第 {now} 名）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="389"/>
        <source>Without {title} it would still rank #{rank}</source>
        <translation>没有《{title}》，它仍排第 {rank} 名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="390"/>
        <source>Without {title} it would rank #{rank} (now #{now})</source>
        <translation>没有《{title}》，它会排第 {rank} 名（现在第 {now} 名）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="391"/>
        <source>Without {title} it would rank about #{rank} (now #{now}; an estimate)</source>
        <translation>没有《{title}》，它大约排第 {rank} 名（现在第 {now} 名；估计值）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="395"/>
        <source>One person who watched {title} also watched this</source>
        <translation>有 1 位看过《{title}》的人也看了这部</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="396"/>
        <source>{count} people who watched {title} also watched this</source>
        <translation>有 {count} 位看过《{title}》的人也看了这部</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="397"/>
        <source>One person who played {title} also played this</source>
        <translation>有 1 位播放过《{title}》的人也播放了这首</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="398"/>
        <source>{count} people who played {title} also played this</source>
        <translation>有 {count} 位播放过《{title}》的人也播放了这首</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="399"/>
        <source>One person who listened to {title} also listened to this</source>
        <translation>有 1 位听过 {title} 的人也听了这位</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="400"/>
        <source>{count} people who listened to {title} also listened to this</source>
        <translation>有 {count} 位听过 {title} 的人也听了这位</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="401"/>
        <source>Both titles have “{word}”</source>
        <translation>两个标题都含有“{word}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="402"/>
        <source>Same director: {name}</source>
        <translation>同一导演：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="403"/>
        <source>Same artist: {name}</source>
        <translation>同一艺人：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="404"/>
        <source>Same genre: {names}</source>
        <translation>同一类型：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="405"/>
        <source>Same genres: {names}</source>
        <translation>相同类型：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="406"/>
        <source>From the same time</source>
        <translation>年代相近</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="408"/>
        <source>Like what you played lately: {names}</source>
        <translation>与你最近播放的相似：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="410"/>
        <source>Because you listen to {terms}</source>
        <translation>因为你常听{terms}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="411"/>
        <source>Because you watch {terms}</source>
        <translation>因为你常看{terms}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="412"/>
        <source>Partly from the music you listen to, until you have rated or played {full} films ({count} so far)</source>
        <translation>部分来自你听的音乐，直到你评分或播放过 {full} 部电影（目前 {count} 部）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="417"/>
        <source>Partly from the films you watch, until you have rated or played {full} {kinds} ({count} so far)</source>
        <translation>部分来自你看的电影，直到你评分或播放过 {full} 个{kinds}（目前 {count} 个）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="423"/>
        <source>Removing the demo data</source>
        <translation>正在移除演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="424"/>
        <source>Demo data removed</source>
        <translation>演示数据已移除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="426"/>
        <source>--likes takes item ids separated by commas (e.g. 12,7,30), not {part!r}</source>
        <translation>--likes 需要用逗号分隔的条目编号（例如 12,7,30），而不是 {part!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="429"/>
        <source>--likes names no item; give ids such as 12,7,30</source>
        <translation>--likes 没有给出任何条目；请给出编号，例如 12,7,30</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="430"/>
        <source>no item with id {ids} in the library; nothing was changed (recommend --json shows item ids)</source>
        <translation>库中没有编号为 {ids} 的条目；没有做任何更改（recommend --json 会显示条目编号）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="436"/>
        <source>No credited interactions yet: play, rate or mark items in For you while the test runs</source>
        <translation>还没有计入的交互：测试期间在“为你推荐”中播放、评分或标记条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="440"/>
        <source>The test ended without a credited interaction: no winner</source>
        <translation>测试结束时没有计入任何交互：没有胜者</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="441"/>
        <source>{leader} won {wins} of {total} credited interactions, 95 % interval {low}–{high} %: {leader} is better for you</source>
        <translation>{leader} 赢得了 {total} 次计入交互中的 {wins} 次，95% 区间 {low}–{high}%：{leader} 更适合你</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="446"/>
        <source>{leader} won {wins} of {total} credited interactions, 95 % interval {low}–{high} %: no clear winner yet</source>
        <translation>{leader} 赢得了 {total} 次计入交互中的 {wins} 次，95% 区间 {low}–{high}%：还没有明确的胜者</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="451"/>
        <source>{leader} won {wins} of {total} credited interactions, 95 % interval {low}–{high} %: no clear winner</source>
        <translation>{leader} 赢得了 {total} 次计入交互中的 {wins} 次，95% 区间 {low}–{high}%：没有明确的胜者</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="456"/>
        <source>Part of a blind test: which recommender placed it stays hidden</source>
        <translation>盲测的一部分：由哪个推荐器放入保持隐藏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="457"/>
        <source>Blind test started</source>
        <translation>盲测已开始</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="459"/>
        <source>Evaluating the model</source>
        <translation>正在评估模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="460"/>
        <source>Saving the model</source>
        <translation>正在保存模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="461"/>
        <source>Model saved; waiting for the library to be free</source>
        <translation>模型已保存；正在等待媒体库空闲</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="462"/>
        <source>Model {run} is ready</source>
        <translation>模型 {run} 已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="464"/>
        <source>No model trained yet</source>
        <translation>尚未训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="465"/>
        <source>Reading the catalogue</source>
        <translation>正在读取目录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="466"/>
        <source>Comparing</source>
        <translation>正在比较</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="467"/>
        <source>{count} similar items</source>
        <translation>{count} 个相似条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="468"/>
        <source>Comparing with friends</source>
        <translation>正在与好友比较</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="469"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="470"/>
        <source>Reading the profile&apos;s favourites</source>
        <translation>正在读取用户的最爱</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="471"/>
        <source>{count} shelves</source>
        <translation>{count} 个推荐栏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="472"/>
        <source>a group needs at least two profiles</source>
        <translation>一个群组至少需要两个用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="473"/>
        <source>Recommending for {name}</source>
        <translation>正在为 {name} 推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="474"/>
        <source>{picks} picks for {profiles} profiles</source>
        <translation>为 {profiles} 个用户推荐了 {picks} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="475"/>
        <source>a year is a whole number (got {value})</source>
        <translation>年份必须是整数（当前为 {value}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="476"/>
        <source>Edited {count:,} items</source>
        <translation>已编辑 {count:,} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="478"/>
        <source>give an item id, a title, album:NAME, artist:NAME or playlist:NAME</source>
        <translation>请给出条目编号、标题、album:NAME、artist:NAME 或 playlist:NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="481"/>
        <source>no item {item} in this library; {help}</source>
        <translation>此库中没有条目 {item}；{help}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="482"/>
        <source>no playlist called {name}; {help}</source>
        <translation>没有名为 {name} 的播放列表；{help}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="483"/>
        <source>the playlist {name} is empty; add items to it first</source>
        <translation>播放列表 {name} 是空的；请先添加条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="484"/>
        <source>no album called {name}; {help}</source>
        <translation>没有名为 {name} 的专辑；{help}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="485"/>
        <source>no artist called {name}; {help}</source>
        <translation>没有名为 {name} 的艺人；{help}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="486"/>
        <source>nothing matches {text}; {help}</source>
        <translation>没有与 {text} 匹配的内容；{help}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="487"/>
        <source>the balance must be between 0 and 1 (got {value})</source>
        <translation>平衡值必须在 0 到 1 之间（收到 {value}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="488"/>
        <source>the radio needs at least 1 item (got {n})</source>
        <translation>电台至少需要 1 个条目（收到 {n}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="489"/>
        <source>Finding items like the seed</source>
        <translation>正在查找与起点相似的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="490"/>
        <source>Reading the profile&apos;s taste</source>
        <translation>正在读取用户的口味</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="491"/>
        <source>Radio ready</source>
        <translation>电台已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="493"/>
        <source>Looking for tracks to analyse</source>
        <translation>正在查找要分析的曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="494"/>
        <source>Analysing sound: {done} of {total}</source>
        <translation>正在分析声音：第 {done} 首，共 {total} 首</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="495"/>
        <source>Analysed {done} tracks</source>
        <translation>已分析 {done} 首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="496"/>
        <source>Analysed 1 track</source>
        <translation>已分析 1 首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="497"/>
        <source>{first} &amp; {second} mix</source>
        <translation>{first} 与 {second} 合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="498"/>
        <source>{name} mix</source>
        <translation>{name} 合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="499"/>
        <source>Mix</source>
        <translation>合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="500"/>
        <source>The mixes are up to date</source>
        <translation>合辑已是最新</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="501"/>
        <source>Reading the library</source>
        <translation>正在读取库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="502"/>
        <source>Making the daily mixes</source>
        <translation>正在生成每日合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="503"/>
        <source>{count} profiles&apos; mixes made</source>
        <translation>已为 {count} 个用户生成合辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="505"/>
        <source>tempo</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="506"/>
        <source>energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="507"/>
        <source>loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="508"/>
        <source>brightness</source>
        <translation>明亮度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="509"/>
        <source>key</source>
        <translation>调性</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="510"/>
        <source>timbre</source>
        <translation>音色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="511"/>
        <source>Sounds like {title}: similar {first} and {second}</source>
        <translation>听起来像 {title}：{first}和{second}相近</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="512"/>
        <source>Sounds like {title}: similar {first}</source>
        <translation>听起来像 {title}：{first}相近</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="513"/>
        <source>Sounds like {title}: the nearest in sound of the analysed tracks</source>
        <translation>听起来像 {title}：在分析过的曲目中声音最接近</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="516"/>
        <source>{title} has no sound features yet; analyse the library&apos;s tracks first (desktop-recsys analyze)</source>
        <translation>{title} 还没有声音特征；请先分析媒体库的曲目（desktop-recsys analyze）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="521"/>
        <source>the number of similar items must be at least 1 (got {n})</source>
        <translation>相似条目的数量至少为 1（收到 {n}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="522"/>
        <source>no item {item} in this library</source>
        <translation>此媒体库中没有条目 {item}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="524"/>
        <source>{count:,} files carry ratings or play counts, but the library has no profile to receive them (the files are unchanged): create a profile, then read them (Settings ▸ Library ▸ Read from the files now)</source>
        <translation>{count:,} 个文件带有评分或播放次数，但媒体库中没有可接收它们的用户（文件未改动）：请先创建用户，再读取它们（设置 ▸ 媒体库 ▸ 立即从文件读取）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="530"/>
        <source>ratings were not written to the files: {reason}</source>
        <translation>评分未写入文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="531"/>
        <source>{path}: ratings not written to the file: {reason}</source>
        <translation>{path}：评分未写入该文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="532"/>
        <source>unfinished copies of a tag write (.tags.part; safe to delete)</source>
        <translation>未完成的标签写入副本（.tags.part；可放心删除）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="533"/>
        <source>Reading the sound of the analysed tracks</source>
        <translation>正在读取已分析曲目的声音</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="534"/>
        <source>the sound share must be between 0 and 1 (got {value})</source>
        <translation>声音占比必须在 0 到 1 之间（收到 {value}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="535"/>
        <source>Sounds like what you play: similar {first} and {second}</source>
        <translation>听起来像你常听的：{first}和{second}相近</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="536"/>
        <source>Sounds like what you play: similar {first}</source>
        <translation>听起来像你常听的：{first}相近</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="537"/>
        <source>Sounds like what you play</source>
        <translation>听起来像你常听的</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="19"/>
        <source>{algorithm} with factors={factors} needs about {need:.1f} GiB of memory for {users:,} users and {items:,} items, but only {free:.1f} GiB is free; use --param factors={fits} or fewer</source>
        <translation>{algorithm}（factors={factors}）用于 {users:,} 个用户和 {items:,} 个条目时约需 {need:.1f} GiB 内存，但只有 {free:.1f} GiB 可用；请使用 --param factors={fits} 或更小的值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="25"/>
        <source>{what} needs about {need} of memory, but only {free} is free; {advice}</source>
        <translation>{what}约需 {need} 内存，但只有 {free} 可用；{advice}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="30"/>
        <source>{algorithm} on {items:,} items with {chars:,} characters of text</source>
        <translation>{algorithm}（{items:,} 个条目，文本共 {chars:,} 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="33"/>
        <source>use --param text_weight=0 (genres, tags and people only)</source>
        <translation>请使用 --param text_weight=0（只用类型、标签和人员）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="34"/>
        <source>use another algorithm (als), or free some memory</source>
        <translation>请换用其他算法（als），或释放一些内存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="36"/>
        <source>ease needs {need:.1f} GiB for {items} items but only {free:.1f} GiB is free; use --param max_items={fits} or the als algorithm</source>
        <translation>ease 用于 {items} 个条目时需要 {need:.1f} GiB 内存，但只有 {free:.1f} GiB 可用；请使用 --param max_items={fits} 或 als 算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="41"/>
        <source>ease: l2 must be positive when some item has no interaction; raise --param l2</source>
        <translation>ease：有条目没有任何交互时，l2 必须为正数；请调高 --param l2</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="45"/>
        <source>ease: the Gram matrix is not positive definite; raise --param l2</source>
        <translation>ease：Gram 矩阵不是正定的；请调高 --param l2</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="49"/>
        <source>hybrid components must be distinct; name each algorithm once</source>
        <translation>hybrid 的组件不能重复；每个算法只写一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="50"/>
        <source>hybrid has {components} components but {weights} weights; give one weight per component</source>
        <translation>hybrid 有 {components} 个组件，却有 {weights} 个权重；请为每个组件给出一个权重</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="54"/>
        <source>hybrid weights must not all be 0; give one component a positive weight</source>
        <translation>hybrid 的权重不能全为 0；请至少给一个组件正的权重</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="58"/>
        <source>cold_weights takes two numbers: content, popularity</source>
        <translation>cold_weights 需要两个数字：content 与 popularity 的权重</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="59"/>
        <source>{name!r} cannot be a component of the hybrid</source>
        <translation>{name!r} 不能作为 hybrid 的组件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="60"/>
        <source>options name {name!r}, which is not a component</source>
        <translation>options 提到了 {name!r}，但它不是组件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="62"/>
        <source>use --param {name}={fits} or fewer</source>
        <translation>请使用 --param {name}={fits} 或更小的值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="63"/>
        <source>use the als algorithm, which needs far less, or free some memory</source>
        <translation>请换用所需内存少得多的 als 算法，或释放一些内存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="66"/>
        <source>{algorithm} with {name}={value} for {n:,} users</source>
        <translation>{algorithm}（{name}={value}，{n:,} 个用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="67"/>
        <source>{algorithm} with {name}={value} for {n:,} items</source>
        <translation>{algorithm}（{name}={value}，{n:,} 个条目）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="69"/>
        <source>{algorithm} with {name}={value} for {users:,} users and {items:,} items</source>
        <translation>{algorithm}（{name}={value}，{users:,} 个用户、{items:,} 个条目）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="73"/>
        <source>use a smaller library or another algorithm, or free some memory</source>
        <translation>请使用更小的媒体库或其他算法，或释放一些内存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="76"/>
        <source>use --param generator=popularity, or free some memory</source>
        <translation>请使用 --param generator=popularity，或释放一些内存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="77"/>
        <source>use a smaller library or free some memory</source>
        <translation>请使用更小的媒体库，或释放一些内存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="79"/>
        <source>learned-ranker needs users with at least 5 interactions to learn from; use another algorithm</source>
        <translation>learned-ranker 需要至少有 5 次交互的用户来学习；请换用其他算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="84"/>
        <source>learned-ranker: no held-out item reached the candidates; raise candidates or use another generator</source>
        <translation>learned-ranker：没有留出的条目进入候选；请调高 candidates 或换用其他 generator</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="90"/>
        <source>{name!r} cannot generate candidates for the ranker; choose another generator</source>
        <translation>{name!r} 不能为排序器生成候选；请选择其他 generator</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="95"/>
        <source>parameter {name}={value!r} is not one of: {choices}</source>
        <translation>参数 {name}={value!r} 不在可选值中：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="96"/>
        <source>parameter {name}={value!r} must be at least {least}</source>
        <translation>参数 {name}={value!r} 至少应为 {least}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="97"/>
        <source>parameter {name}={value!r} must be at most {most}</source>
        <translation>参数 {name}={value!r} 至多应为 {most}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="98"/>
        <source>parameter {name}={value!r} is too large: at most {limit:,g} is allowed; choose a smaller value</source>
        <translation>参数 {name}={value!r} 太大：最多允许 {limit:,g}；请选择更小的值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="103"/>
        <source>the data set has no users or no items to learn from; add ratings or plays first</source>
        <translation>数据集中没有可供学习的用户或条目；请先添加评分或播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="107"/>
        <source>the saved model lacks {names}; train the model again</source>
        <translation>保存的模型缺少 {names}；请重新训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="113"/>
        <source>{path}: line {line}: weight {weight!r} is not a number</source>
        <translation>{path}：第 {line} 行：权重 {weight!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="118"/>
        <source>{path}: not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>{path}：不是 UTF-8 文本；请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="119"/>
        <source>{path}: cannot parse as CSV ({reason})</source>
        <translation>{path}：无法按 CSV 解析（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="120"/>
        <source>{path}: line {line}: not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>{path}：第 {line} 行：不是 UTF-8 文本；请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="123"/>
        <source>{path}: line {line}: cannot parse as CSV ({reason})</source>
        <translation>{path}：第 {line} 行：无法按 CSV 解析（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="124"/>
        <source>{path}: line {line}: a field is longer than {limit} characters; is a quote (&quot;) left open?</source>
        <translation>{path}：第 {line} 行：有字段超过 {limit} 个字符；是否有引号（&quot;）未闭合？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="128"/>
        <source>{path}: line {line}: a user id of {length:,} characters; a table of {count:,} ids that wide would take {mib:,} MiB; is a column misplaced, or a quote (&quot;) left open?</source>
        <translation>{path}：第 {line} 行：用户 ID 长达 {length:,} 个字符；{count:,} 个这样宽的 ID 组成的表将占用 {mib:,} MiB；是否有列放错了位置，或有引号（&quot;）未闭合？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="133"/>
        <source>{path}: line {line}: an item id of {length:,} characters; a table of {count:,} ids that wide would take {mib:,} MiB; is a column misplaced, or a quote (&quot;) left open?</source>
        <translation>{path}：第 {line} 行：条目 ID 长达 {length:,} 个字符；{count:,} 个这样宽的 ID 组成的表将占用 {mib:,} MiB；是否有列放错了位置，或有引号（&quot;）未闭合？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="138"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="139"/>
        <source>{path}: empty file (expected a header row, then user,item[,weight])</source>
        <translation>{path}：文件为空（应先有表头行，然后是 user,item[,weight]）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="142"/>
        <source>{path}: the header has {columns} column; expected user,item[,weight]</source>
        <translation>{path}：表头只有 {columns} 列；应为 user,item[,weight]</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="145"/>
        <source>{path}: line {line}: expected {columns}</source>
        <translation>{path}：第 {line} 行：应为 {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="153"/>
        <source>no tested user to judge the classifiers on; add more ratings or plays</source>
        <translation>没有可用于评判分类器的测试用户；请添加更多评分或播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="157"/>
        <source>no algorithm to evaluate; name at least one</source>
        <translation>没有要评估的算法；请至少指定一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="158"/>
        <source>the cutoff K must be at least 1</source>
        <translation>截断值 K 至少应为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="159"/>
        <source>no tested user: nobody has enough interactions to hold some out; add more ratings or plays</source>
        <translation>没有测试用户：没有人有足够的交互可以留出一部分；请添加更多评分或播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="164"/>
        <source>an empty algorithm name; write e.g. als or als:factors=64</source>
        <translation>算法名称为空；请写成例如 als 或 als:factors=64</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="165"/>
        <source>algorithm parameter {part!r} is not KEY=VALUE; write e.g. als:factors=64</source>
        <translation>算法参数 {part!r} 不是 KEY=VALUE 格式；请写成例如 als:factors=64</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="170"/>
        <source>leave-last-N-out needs a date for every interaction; use another protocol</source>
        <translation>留出最后 N 个（leave-last-N-out）需要每次交互都有日期；请换用其他协议</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="174"/>
        <source>unknown protocol {name!r}; use one of {choices}</source>
        <translation>未知的协议 {name!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="175"/>
        <source>the held-out share {share} must be between 0 and 1 (e.g. 0.2)</source>
        <translation>留出比例 {share} 必须介于 0 和 1 之间（例如 0.2）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="176"/>
        <source>a tested user needs at least 2 interactions (one to learn from)</source>
        <translation>测试用户至少需要 2 次交互（一次用于学习）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="179"/>
        <source>last-n must be at least 1, not {last_n}</source>
        <translation>last-n 至少应为 1，而不是 {last_n}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="180"/>
        <source>k-fold needs at least 2 folds, not {folds}</source>
        <translation>k 折交叉验证至少需要 2 折，而不是 {folds}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="181"/>
        <source>a holdout is repeated at least once, not {repeats} times</source>
        <translation>留出法至少重复一次，而不是 {repeats} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="182"/>
        <source>leave-last-N-out needs interaction dates, and this data has none; use another protocol</source>
        <translation>留出最后 N 个（leave-last-N-out）需要交互日期，而这些数据没有日期；请换用其他协议</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="187"/>
        <source>cannot tune for {metric!r}; use one of {choices}</source>
        <translation>无法针对 {metric!r} 调参；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="188"/>
        <source>the cutoff of {metric!r} must be at least 1</source>
        <translation>{metric!r} 的截断值至少应为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="189"/>
        <source>the time budget must be a positive number of seconds, not {budget}</source>
        <translation>时间预算必须是正的秒数，而不是 {budget}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="192"/>
        <source>the number of trials must be at least 1 (got {n})</source>
        <translation>试验次数必须至少为 1（收到的是 {n}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="193"/>
        <source>unknown search method {method!r}; use one of {choices}</source>
        <translation>未知的搜索方法 {method!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="194"/>
        <source>no user has enough interactions to carve a validation split from; add more ratings or plays</source>
        <translation>没有用户有足够的交互来划出验证集；请添加更多评分或播放记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="199"/>
        <source>the cutoff of {metric!r} is not a number; write e.g. ndcg@10</source>
        <translation>{metric!r} 的截断值不是数字；请写成例如 ndcg@10</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="201"/>
        <source>{what} must not be empty</source>
        <translation>{what} 不能为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="202"/>
        <source>{what}: {raw!r} must be a finite number of at least 0</source>
        <translation>{what}：{raw!r} 必须是不小于 0 的有限数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="203"/>
        <source>{what}: {part!r} is not ALGORITHM.PARAM=VALUE</source>
        <translation>{what}：{part!r} 不是 ALGORITHM.PARAM=VALUE 格式</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="204"/>
        <source>{what}: {raw!r} is not a number</source>
        <translation>{what}：{raw!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="206"/>
        <source>the disk holding {folder} is full; free some space and train again</source>
        <translation>{folder} 所在的磁盘已满；请释放一些空间后重新训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="209"/>
        <source>cannot save the model: {what}; no model was saved</source>
        <translation>无法保存模型：{what}；未保存任何模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="210"/>
        <source>{folder} is on a read-only disk; use a library in a folder you can write to</source>
        <translation>{folder} 位于只读磁盘上；请使用位于可写文件夹中的媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="214"/>
        <source>{path}: not a desktop_recsys model file</source>
        <translation>{path}：不是 desktop_recsys 模型文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="215"/>
        <source>{path}: model format version {version} is not supported (this version reads {supported}); train the model again</source>
        <translation>{path}：不支持模型格式版本 {version}（此版本读取 {supported}）；请重新训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="220"/>
        <source>{path}: this {algorithm} model was trained on other data (fingerprint mismatch); train it again on the current library</source>
        <translation>{path}：这个 {algorithm} 模型是在其他数据上训练的（指纹不符）；请在当前媒体库上重新训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="225"/>
        <source>{path}: unknown parameters {names}; train the model again</source>
        <translation>{path}：未知的参数 {names}；请重新训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="226"/>
        <source>you may not write to {folder}; use a library in a folder you can write to</source>
        <translation>你无权写入 {folder}；请使用位于可写文件夹中的媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="297"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="298"/>
        <source>cannot read the file: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="299"/>
        <source>the file is empty (0 bytes)</source>
        <translation>文件是空的（0 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="300"/>
        <source>not an audio file this app can read ({kind})</source>
        <translation>不是本应用能读取的音频文件（{kind}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="301"/>
        <source>not an audio file this app can read ({kind}): {detail}</source>
        <translation>不是本应用能读取的音频文件（{kind}）：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="302"/>
        <source>without an extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="303"/>
        <source>the file gives no sample rate</source>
        <translation>文件没有给出采样率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="304"/>
        <source>cannot decode: no audio in the file</source>
        <translation>无法解码：文件中没有音频</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="305"/>
        <source>cannot decode: {detail}</source>
        <translation>无法解码：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="306"/>
        <source>too short: {seconds:.1f} s of audio (at least {needed:g} s needed)</source>
        <translation>太短：只有 {seconds:.1f} 秒音频（至少需要 {needed:g} 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="309"/>
        <source>the decoded audio holds invalid samples</source>
        <translation>解码出的音频含有无效采样</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="310"/>
        <source>silent: no sound above -70 dB in the analysed window</source>
        <translation>无声：分析的片段中没有高于 -70 dB 的声音</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="311"/>
        <source>cannot analyse the audio: {detail}</source>
        <translation>无法分析音频：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="312"/>
        <source>the decoder crashed on this file (its worker process ended)</source>
        <translation>解码器在这个文件上崩溃了（其工作进程已结束）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="313"/>
        <source>no decoder here reads {kind} files</source>
        <translation>这里没有能读取 {kind} 文件的解码器</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="314"/>
        <source>no decoder here reads {kind} files (the app analyses them)</source>
        <translation>这里没有能读取 {kind} 文件的解码器（桌面应用可以分析它们）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="316"/>
        <source>people</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="317"/>
        <source>decade</source>
        <translation>年代</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="318"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="319"/>
        <source>sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="320"/>
        <source>{kind} {names}</source>
        <translation>{kind}：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="321"/>
        <source>because you liked {names}</source>
        <translation>因为你喜欢 {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="322"/>
        <source>similar people liked it: {names}</source>
        <translation>相似的人喜欢它：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="323"/>
        <source>like {names}</source>
        <translation>像 {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="324"/>
        <source>shares {what}</source>
        <translation>共同点：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="325"/>
        <source>content (new user)</source>
        <translation>内容（新用户）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="326"/>
        <source>content (new item)</source>
        <translation>内容（新条目）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="327"/>
        <source>blend of {parts}</source>
        <translation>混合自 {parts}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="328"/>
        <source>blend: no component has evidence</source>
        <translation>混合：没有组件有依据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="329"/>
        <source>{part} {share:.2f}</source>
        <translation>{part} {share:.2f}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="330"/>
        <source>no friends with a history</source>
        <translation>没有有记录的好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="331"/>
        <source>your friends {names} have it</source>
        <translation>你的好友 {names} 有它</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="332"/>
        <source>friends of your friends have it: {names}</source>
        <translation>好友的好友有它：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="333"/>
        <source>{name} (friend of a friend)</source>
        <translation>{name}（好友的好友）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="334"/>
        <source>{model} re-ranked on {drivers}</source>
        <translation>{model} 依据 {drivers} 重新排序</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="335"/>
        <source>outside the {model} candidates</source>
        <translation>不在 {model} 的候选之中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="109"/>
        <source>{path}: no interactions after the header row; add one user,item row per interaction</source>
        <translation>{path}：表头行之后没有任何交互；请每次交互写一行 user,item</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="114"/>
        <source>{path}: file not found; check the path</source>
        <translation>{path}：找不到文件；请检查路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="115"/>
        <source>{path}: is a directory, not a file; give the path of a CSV file</source>
        <translation>{path}：这是文件夹，不是文件；请给出 CSV 文件的路径</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="146"/>
        <source>{path}: line {line}: empty user id; fill it in or remove the row</source>
        <translation>{path}：第 {line} 行：用户 ID 为空；请填上或删除这一行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="149"/>
        <source>{path}: line {line}: empty item id; fill it in or remove the row</source>
        <translation>{path}：第 {line} 行：条目 ID 为空；请填上或删除这一行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="230"/>
        <source>{path}: model file not found; train the model again</source>
        <translation>{path}：找不到模型文件；请重新训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="231"/>
        <source>{path}: damaged model file ({error}); train the model again</source>
        <translation>{path}：模型文件已损坏（{error}）；请重新训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="232"/>
        <source>{folder} is not a folder (a file or a broken link has that name); move it away</source>
        <translation>{folder} 不是文件夹（有同名的文件或失效的链接）；请将其移走</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="236"/>
        <source>{folder}: {reason}</source>
        <translation>{folder}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="237"/>
        <source>{path}: damaged model file (array {name} fails its checksum); train the model again</source>
        <translation>{path}：模型文件已损坏（数组 {name} 校验失败）；请重新训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="242"/>
        <source>certification: {value!r} is no certification this app knows; use e.g. G, PG, PG-13, R, U, 12A, 15, FSK 12 or an age such as 12</source>
        <translation>certification：本应用不认识分级 {value!r}；请使用例如 G、PG、PG-13、R、U、12A、15、FSK 12，或像 12 这样的年龄</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="248"/>
        <source>{field}: {text!r} is not a number</source>
        <translation>{field}：{text!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="249"/>
        <source>cannot order by {name!r}; use one of {choices}</source>
        <translation>无法按 {name!r} 排序；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="250"/>
        <source>unknown preset {name!r}; presets: {choices}</source>
        <translation>未知的预设 {name!r}；可用预设：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="251"/>
        <source>duration: {text!r} is not a length; write seconds or e.g. 90s, 4m, 1h</source>
        <translation>duration：{text!r} 不是时长；请写秒数，或例如 90s、4m、1h</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="254"/>
        <source>{text!r} is not a span of time; write e.g. 180d, 2w, 6m or 1y</source>
        <translation>{text!r} 不是时间跨度；请写成例如 180d、2w、6m 或 1y</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="255"/>
        <source>unknown field {field!r}; fields: {choices}</source>
        <translation>未知的字段 {field!r}；可用字段：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="256"/>
        <source>{field}: unknown operator {op!r}; use one of {choices}</source>
        <translation>{field}：未知的运算符 {op!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="257"/>
        <source>{field} {op}: a value is missing; write FIELD:OP:VALUE</source>
        <translation>{field} {op}：缺少值；请写成 FIELD:OP:VALUE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="258"/>
        <source>rule {text!r} is not FIELD:OP:VALUE (for example plays:&gt;=:3 or genre:=:Jazz)</source>
        <translation>规则 {text!r} 不是 FIELD:OP:VALUE 格式（例如 plays:&gt;=:3 或 genre:=:Jazz）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="262"/>
        <source>the rules are nested too deeply (at most 8 groups)</source>
        <translation>规则嵌套太深（最多 8 层分组）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="263"/>
        <source>a rule group must be an object with &apos;match&apos; and &apos;rules&apos;</source>
        <translation>规则组必须是包含“match”和“rules”的对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="264"/>
        <source>match must be all or any (got {match!r})</source>
        <translation>match 必须是 all 或 any（实际为 {match!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="265"/>
        <source>&apos;rules&apos; must be a list</source>
        <translation>“rules”必须是列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="266"/>
        <source>order {text!r}: write FIELD, FIELD:asc or FIELD:desc</source>
        <translation>排序 {text!r}：请写成 FIELD、FIELD:asc 或 FIELD:desc</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="267"/>
        <source>a length limit must be more than 0</source>
        <translation>时长上限必须大于 0</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="268"/>
        <source>{text!r} is not a date; write YYYY-MM-DD</source>
        <translation>{text!r} 不是日期；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="269"/>
        <source>energy: {value!r} is outside 0-1 (0 calm, 1 intense)</source>
        <translation>energy：{value!r} 超出 0-1 的范围（0 为平静，1 为激烈）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="270"/>
        <source>tempo: {value!r} is no tempo; write beats per minute, e.g. 120</source>
        <translation>tempo：{value!r} 不是速度；请写每分钟节拍数，例如 120</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="271"/>
        <source>the limit must be at least 1 (got {limit})</source>
        <translation>上限至少应为 1（实际为 {limit}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="272"/>
        <source>kind must be track, artist or film (got {kind!r})</source>
        <translation>kind 必须是 track、artist 或 film（实际为 {kind!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="273"/>
        <source>the saved rules are not an object; recreate the smart playlist</source>
        <translation>保存的规则不是对象；请重新创建智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="274"/>
        <source>these rules were saved by a newer version of the app; update the app to use them</source>
        <translation>这些规则由更新版本的应用保存；请更新应用后再使用</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="278"/>
        <source>limit {text!r}: write a number of items (50) or a length (90m, 2h)</source>
        <translation>上限 {text!r}：请写条目数（50）或时长（90m、2h）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="281"/>
        <source>each rule must be an object with field, op and value</source>
        <translation>每条规则都必须是包含 field、op 和 value 的对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="282"/>
        <source>the saved rules are damaged ({error}); recreate the smart playlist</source>
        <translation>保存的规则已损坏（{error}）；请重新创建智能播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="285"/>
        <source>{field}: {value!r} is not one of {choices}</source>
        <translation>{field}：{value!r} 不在可选值中：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="286"/>
        <source>{field}: write yes or no (got {value!r})</source>
        <translation>{field}：请写 yes 或 no（实际为 {value!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="288"/>
        <source>{algorithm}: starting</source>
        <translation>{algorithm}：开始</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="289"/>
        <source>{algorithm}: done</source>
        <translation>{algorithm}：完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="290"/>
        <source>ease: Gram matrix</source>
        <translation>ease：计算 Gram 矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="291"/>
        <source>ease: user Gram matrix</source>
        <translation>ease：计算用户 Gram 矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="292"/>
        <source>ease: item scales</source>
        <translation>ease：计算条目缩放系数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="293"/>
        <source>factorising</source>
        <translation>正在分解矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="294"/>
        <source>inverting</source>
        <translation>正在求逆矩阵</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_engine.py" line="295"/>
        <source>multiplying</source>
        <translation>正在做矩阵乘法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="25"/>
        <source>{path} is not a desktop_recsys library; nothing was restored</source>
        <translation>{path} 不是 desktop_recsys 媒体库；未恢复任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="26"/>
        <source>backup {path} was written by a newer version of desktop_recsys (schema {version}); update the app to restore it</source>
        <translation>备份 {path} 由更新版本的 desktop_recsys 写入（架构 {version}）；请更新应用后再恢复</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="30"/>
        <source>backup {path} is damaged ({problem}); choose another backup</source>
        <translation>备份 {path} 已损坏（{problem}）；请选择其他备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="34"/>
        <source>backup {path} fails the library&apos;s consistency checks ({problem}); choose another backup</source>
        <translation>备份 {path} 未通过媒体库的一致性检查（{problem}）；请选择其他备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="38"/>
        <source>cannot open library {live}: {exc}</source>
        <translation>无法打开媒体库 {live}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="39"/>
        <source>library {live} is in use by another window or command; close it and restore again (nothing was changed)</source>
        <translation>媒体库 {live} 正被其他窗口或命令使用；请关闭后重新恢复（未做任何更改）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="43"/>
        <source>the backup to restore is the library itself; choose a backup file</source>
        <translation>要恢复的备份就是媒体库本身；请选择一个备份文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="46"/>
        <source>library {library_path} is being restored by another window or command; wait for it to finish (nothing was changed)</source>
        <translation>媒体库 {library_path} 正由其他窗口或命令恢复；请等待其完成（未做任何更改）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="51"/>
        <source>unknown item kind {kind!r}; use one of {choices}</source>
        <translation>未知的条目类型 {kind!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="53"/>
        <source>cannot open library {path}: {exc}</source>
        <translation>无法打开媒体库 {path}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="54"/>
        <source>library path {path} is a folder; give a file name</source>
        <translation>媒体库路径 {path} 是文件夹；请给出文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="55"/>
        <source>cannot create library {path}: folder {folder} does not exist; create it or choose another file</source>
        <translation>无法创建媒体库 {path}：文件夹 {folder} 不存在；请先创建它或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="60"/>
        <source>library {path} was written by a newer version of desktop_recsys (schema {version}, this version reads up to {newest}); update the app</source>
        <translation>媒体库 {path} 由更新版本的 desktop_recsys 写入（架构 {version}，本版本最多读取 {newest}）；请更新应用</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="64"/>
        <source>library {path} cannot use write-ahead logging (journal mode {mode}); move it to a local disk</source>
        <translation>媒体库 {path} 无法使用预写日志（日志模式 {mode}）；请将其移到本地磁盘</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="68"/>
        <source>cannot use library {path}: {exc}</source>
        <translation>无法使用媒体库 {path}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="69"/>
        <source>upgrading library {path} from schema {version} failed ({exc}); the file is unchanged; a backup is at {backup}</source>
        <translation>将媒体库 {path} 从架构 {version} 升级失败（{exc}）；文件未改动；备份位于 {backup}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="73"/>
        <source>upgrading library {path} from schema {version} failed ({exc}); the file is unchanged</source>
        <translation>将媒体库 {path} 从架构 {version} 升级失败（{exc}）；文件未改动</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="81"/>
        <source>library {path}: {text}</source>
        <translation>媒体库 {path}：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="87"/>
        <source>cannot write {target}: it is a folder; give a file name</source>
        <translation>无法写入 {target}：它是一个文件夹；请给出文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="90"/>
        <source>unknown export format {fmt!r}; use csv or json</source>
        <translation>未知的导出格式 {fmt!r}；请使用 csv 或 json</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="92"/>
        <source>unknown list format {fmt!r}; use m3u8 or csv</source>
        <translation>未知的列表格式 {fmt!r}；请使用 m3u8 或 csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="93"/>
        <source>cannot tell the format of {path}: name it .m3u8 or .csv</source>
        <translation>无法判断 {path} 的格式：请将其命名为 .m3u8 或 .csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="102"/>
        <source>{target} is being written by another command; try again shortly</source>
        <translation>{target} 正由其他命令写入；请稍后再试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="106"/>
        <source>user {user} is not in this data set; check the id (the number in its ratings file), or leave &apos;one of these users is me&apos; empty</source>
        <translation>用户 {user} 不在此数据集中；请检查 ID（其评分文件中的编号），或将“其中一位用户是我”留空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="110"/>
        <source>a data-set user id is a whole number (got {user!r})</source>
        <translation>数据集的用户 ID 是整数（收到的是 {user!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="111"/>
        <source>name the profile that data-set user is (one of these users is me)</source>
        <translation>请指定该数据集用户对应的用户（其中一位用户是我）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="115"/>
        <source>import {kind} needs --profile NAME (the profile is created if missing)</source>
        <translation>import {kind} 需要 --profile NAME（用户不存在时会自动创建）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="118"/>
        <source>a profile name can have at most 100 characters</source>
        <translation>用户名最多 100 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="124"/>
        <source>{path} declares {declared:,} entries, more than the {limit:,} any export has; it is damaged or hostile and was not read</source>
        <translation>{path} 声明有 {declared:,} 个条目，超过任何导出文件都不会超过的 {limit:,} 个；它已损坏或含有恶意，未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="128"/>
        <source>{path} holds {entries:,} entries, more than the {limit:,} any export has; it was not read</source>
        <translation>{path} 含有 {entries:,} 个条目，超过任何导出文件都不会超过的 {limit:,} 个；未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="132"/>
        <source>{path} would unpack to {gigabytes:.1f} GB, more than {limit} GB; unzip it yourself and import the folder</source>
        <translation>{path} 解压后将达 {gigabytes:.1f} GB，超过 {limit} GB；请自行解压后导入该文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="136"/>
        <source>{path}: {entry} would unpack to {megabytes:,.0f} MB from {kilobytes:,.0f} KB ({ratio:,.0f}:1), which no real export does (a zip bomb?); it was not read</source>
        <translation>{path}：{entry} 将从 {kilobytes:,.0f} KB 解压为 {megabytes:,.0f} MB（压缩比 {ratio:,.0f} 比 1），真实的导出文件不会这样（压缩炸弹？）；未读取</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="141"/>
        <source>{path} is not a file; give the ratings.csv of an IMDb export</source>
        <translation>{path} 不是文件；请给出 IMDb 导出中的 ratings.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="152"/>
        <source>{path} is not a file; give the scrobbles CSV</source>
        <translation>{path} 不是文件；请给出收听记录 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="18"/>
        <source>backup {path} does not exist; &apos;desktop-recsys backup list&apos; shows the backups</source>
        <translation>备份 {path} 不存在；“desktop-recsys backup list”会列出备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="24"/>
        <source>cannot read backup {path}: {exc}; choose another backup</source>
        <translation>无法读取备份 {path}：{exc}；请选择其他备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="59"/>
        <source>library path {path} is not a regular file; give a library file</source>
        <translation>媒体库路径 {path} 不是普通文件；请给出媒体库文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="77"/>
        <source>the disk holding library {path} is full; nothing was changed: free some space and try again</source>
        <translation>媒体库 {path} 所在的磁盘已满；未做任何更改：请释放一些空间后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="83"/>
        <source>cannot write {target}: folder {folder} does not exist; create it or choose another folder</source>
        <translation>无法写入 {target}：文件夹 {folder} 不存在；请先创建它或选择其他文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="88"/>
        <source>cannot write {target}: {reason}; choose another file or folder</source>
        <translation>无法写入 {target}：{reason}；请选择其他文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="153"/>
        <source>{path} has no time column (uts, timestamp, date, time or utc_time); give a scrobbles CSV with one of them</source>
        <translation>{path} 没有时间列（uts、timestamp、date、time 或 utc_time）；请给出含有其中之一的收听记录 CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="158"/>
        <source>{path} is not a Letterboxd export file; give the export zip, its folder, or ratings.csv, diary.csv or watched.csv</source>
        <translation>{path} 不是 Letterboxd 导出文件；请给出导出的 zip、其文件夹，或 ratings.csv、diary.csv、watched.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="166"/>
        <source>{name} has no Name column; is it a Letterboxd export?</source>
        <translation>{name} 没有 Name 列；它是 Letterboxd 导出吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="171"/>
        <source>{where}: the JSON is {exc}; it is not a ListenBrainz export and nothing was imported</source>
        <translation>{where}：JSON {exc}；它不是 ListenBrainz 导出，未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="176"/>
        <source>{folder} has no ratings file, so no user in it can be you</source>
        <translation>{folder} 中没有评分文件，因此其中没有用户可以是你</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="177"/>
        <source>{path} does not start with the MovieLens header {header} (found {found})</source>
        <translation>{path} 不是以 MovieLens 表头 {header} 开头（实际为 {found}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="181"/>
        <source>{path} is not a readable {what} (not UTF-8 or UTF-16 text)</source>
        <translation>{path} 不是可读取的{what}（不是 UTF-8 或 UTF-16 文本）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="182"/>
        <source>{path} is not a readable {what} ({reason})</source>
        <translation>{path} 不是可读取的{what}（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="183"/>
        <source>{path} is not a file; give a file written by &apos;export library&apos;</source>
        <translation>{path} 不是文件；请给出由“export library”写出的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="184"/>
        <source>library export</source>
        <translation>媒体库导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="185"/>
        <source>{path} is not a library written by &apos;export library&apos;</source>
        <translation>{path} 不是由“export library”写出的媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="186"/>
        <source>{path}: &apos;items&apos; is not a list; is it from &apos;export library&apos;?</source>
        <translation>{path}：“items”不是列表；它来自“export library”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="187"/>
        <source>{path} has no kind column; is it from &apos;export library&apos;?</source>
        <translation>{path} 没有 kind 列；它来自“export library”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="188"/>
        <source>{path} is not a profile archive written by &apos;export profile&apos;</source>
        <translation>{path} 不是由“export profile”写出的用户归档</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="189"/>
        <source>{path}: manifest.json&apos;s version is not a number; is it from &apos;export profile&apos;?</source>
        <translation>{path}：manifest.json 的 version 不是数字；它来自“export profile”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="192"/>
        <source>{path} was written by a newer version of desktop_recsys; update the app</source>
        <translation>{path} 由更新版本的 desktop_recsys 写入；请更新应用</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="195"/>
        <source>{path}: manifest.json&apos;s profile is not an object; pass --profile NAME</source>
        <translation>{path}：manifest.json 的 profile 不是对象；请传入 --profile NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="198"/>
        <source>{path}: manifest.json&apos;s profile name is not text; pass --profile NAME</source>
        <translation>{path}：manifest.json 中的用户名不是文本；请传入 --profile NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="201"/>
        <source>{path} names no profile; pass --profile NAME</source>
        <translation>{path} 没有指明用户；请传入 --profile NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="202"/>
        <source>{path}: the profile name is longer than 100 characters; pass --profile NAME</source>
        <translation>{path}：用户名超过 100 个字符；请传入 --profile NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="205"/>
        <source>{path} is not a file; give a .zip written by &apos;export profile&apos;</source>
        <translation>{path} 不是文件；请给出由“export profile”写出的 .zip</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="206"/>
        <source>{path} has no manifest.json; is it from &apos;export profile&apos;?</source>
        <translation>{path} 没有 manifest.json；它来自“export profile”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="207"/>
        <source>{path}: {name} is too large to be a profile export</source>
        <translation>{path}：{name} 太大，不可能是用户导出文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="208"/>
        <source>{path}: {name} is not valid JSON ({reason})</source>
        <translation>{path}：{name} 不是有效的 JSON（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="209"/>
        <source>{path} is not a file; give an .m3u8, .m3u or .csv playlist</source>
        <translation>{path} 不是文件；请给出 .m3u8、.m3u 或 .csv 播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="210"/>
        <source>{path} has no title column; is it from &apos;export playlist&apos;?</source>
        <translation>{path} 没有 title 列；它来自“export playlist”吗？</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="212"/>
        <source>unknown player {kind!r}; use one of {choices}</source>
        <translation>未知的播放器 {kind!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="213"/>
        <source>{path} is not a file; choose {pick}</source>
        <translation>{path} 不是文件；请选择 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="215"/>
        <source>{file} (in {folder})</source>
        <translation>{file}（位于 {folder}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="216"/>
        <source>cannot read {path}: {strerror}; choose {pick}</source>
        <translation>无法读取 {path}：{strerror}；请选择 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="217"/>
        <source>{name} is not an SQLite database; choose {player}&apos;s {pick}</source>
        <translation>{name} 不是 SQLite 数据库；请选择 {player} 的 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="218"/>
        <source>{name} is locked by another program ({player} may be writing to it); close {player} and try again</source>
        <translation>{name} 被其他程序锁定（{player} 可能正在写入）；请关闭 {player} 后重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="222"/>
        <source>{name} is damaged ({text}); copy a backup of {player}&apos;s {pick} and import that</source>
        <translation>{name} 已损坏（{text}）；请复制 {player} 的 {pick} 的备份并导入它</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="225"/>
        <source>cannot read {name} as {player}&apos;s database ({text})</source>
        <translation>无法将 {name} 作为 {player} 的数据库读取（{text}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="226"/>
        <source>{name} has no songs table with play counts: it is not {player}&apos;s library; choose {pick}</source>
        <translation>{name} 没有带播放次数的 songs 表：它不是 {player} 的媒体库；请选择 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="230"/>
        <source>{name} has no films with play counts: it is not Kodi&apos;s video database; choose {pick}</source>
        <translation>{name} 中没有带播放次数的电影：它不是 Kodi 的视频数据库；请选择 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="234"/>
        <source>{name} is not Rhythmbox&apos;s database (no &lt;rhythmdb&gt;); choose {pick}</source>
        <translation>{name} 不是 Rhythmbox 的数据库（没有 &lt;rhythmdb&gt;）；请选择 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="237"/>
        <source>{name} declares a document type, which Rhythmbox never writes; refused</source>
        <translation>{name} 声明了文档类型，而 Rhythmbox 从不写入文档类型；已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="240"/>
        <source>{name} is not well-formed XML (line {line}): not a whole rhythmdb.xml; choose {pick}</source>
        <translation>{name} 不是格式正确的 XML（第 {line} 行）：不是完整的 rhythmdb.xml；请选择 {pick}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="244"/>
        <source>{name} is XML but not Rhythmbox&apos;s database</source>
        <translation>{name} 是 XML，但不是 Rhythmbox 的数据库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="246"/>
        <source>{problem} (strict mode: nothing was imported)</source>
        <translation>{problem}（严格模式：未导入任何内容）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="252"/>
        <source>{name} looks like UTF-16 text but is damaged at byte {start}; save it again as UTF-8 (or UTF-16) and import it again</source>
        <translation>{name} 看起来是 UTF-16 文本，但在第 {start} 字节处损坏；请重新保存为 UTF-8（或 UTF-16）后再导入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="256"/>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="257"/>
        <source>{name}:{start}: not readable as CSV ({exc}); fix or remove that row</source>
        <translation>{name} 第 {start} 行：无法作为 CSV 读取（{exc}）；请修正或删除该行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="261"/>
        <source>cannot sort items by {order_by!r}</source>
        <translation>无法按 {order_by!r} 排序条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="263"/>
        <source>cannot merge an item with itself; choose two different items</source>
        <translation>不能将条目与自身合并；请选择两个不同的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="272"/>
        <source>an item needs a title; give it one</source>
        <translation>条目需要标题；请填写标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="281"/>
        <source>a playlist needs a name; give it one</source>
        <translation>播放列表需要名称；请填写名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="286"/>
        <source>a profile needs a name; give it one</source>
        <translation>用户需要名称；请填写名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="288"/>
        <source>rating {value} is outside 0.5-5 stars; give 0.5 to 5 stars</source>
        <translation>评分 {value} 不在 0.5-5 星之间；请给出 0.5 到 5 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="298"/>
        <source>blind test {test_id} no longer exists (was its profile removed?); start another with &apos;desktop-recsys abtest start&apos;</source>
        <translation>盲测 {test_id} 已不存在（其用户是否已被删除？）；请用“desktop-recsys abtest start”开始新的盲测</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="311"/>
        <source>{out}: is a directory, not a file; give a file name</source>
        <translation>{out}：是目录，不是文件；请给出文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="312"/>
        <source>{out}: folder {folder} does not exist; create it or choose another folder</source>
        <translation>{out}：文件夹 {folder} 不存在；请先创建它或选择其他文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="370"/>
        <source>not an audio file mutagen reads</source>
        <translation>不是 mutagen 能读取的音频文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="371"/>
        <source>ratings are not written into {kind} files (only MP3, FLAC, Ogg and M4A)</source>
        <translation>评分不会写入 {kind} 文件（只写入 MP3、FLAC、Ogg 和 M4A）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="374"/>
        <source>the file is missing; nothing written</source>
        <translation>文件不见了；什么也没写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="375"/>
        <source>cannot read the file ({reason}); nothing written</source>
        <translation>无法读取文件（{reason}）；什么也没写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="376"/>
        <source>not a regular file; nothing written</source>
        <translation>不是普通文件；什么也没写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="377"/>
        <source>the file is read-only; nothing written (make it writable to write its tags)</source>
        <translation>文件是只读的；什么也没写入（设为可写后才能写入其标签）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="380"/>
        <source>its folder is read-only; nothing written</source>
        <translation>所在文件夹是只读的；什么也没写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="381"/>
        <source>writing the tags would have changed the audio; nothing written</source>
        <translation>写入标签会改变音频；什么也没写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="382"/>
        <source>the file changed while its tags were written; try again</source>
        <translation>写入标签时文件发生了变化；请重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="383"/>
        <source>could not write the tags ({reason}); nothing written</source>
        <translation>无法写入标签（{reason}）；什么也没写入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="384"/>
        <source>the file is missing; skipped</source>
        <translation>文件不见了；已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="385"/>
        <source>cannot read its tags ({reason}); skipped</source>
        <translation>无法读取其标签（{reason}）；已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="386"/>
        <source>{reason}; try again</source>
        <translation>{reason}；请重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="387"/>
        <source>the file changed while the sync ran; nothing written, try again</source>
        <translation>同步期间文件发生了变化；什么也没写入，请重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="391"/>
        <source>schema</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="392"/>
        <source>tables</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="393"/>
        <source>foreign keys</source>
        <translation>外键</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="394"/>
        <source>search index rows</source>
        <translation>搜索索引行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="395"/>
        <source>search index text</source>
        <translation>搜索索引文本</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="396"/>
        <source>marks</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="397"/>
        <source>unfinished runs</source>
        <translation>未完成的训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="398"/>
        <source>finished runs</source>
        <translation>已完成的训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="399"/>
        <source>model file {name} is missing</source>
        <translation>模型文件 {name} 不见了</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="400"/>
        <source>application id {app_id}, schema version {version}</source>
        <translation>应用 ID {app_id}，架构版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="401"/>
        <source>missing tables: {names}</source>
        <translation>缺少数据表：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="402"/>
        <source>{count} rows point at missing rows (first: {first})</source>
        <translation>{count} 行指向不存在的行（第一行：{first}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="403"/>
        <source>{count} items and search rows do not match</source>
        <translation>{count} 个条目与搜索行不一致</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="404"/>
        <source>{count} search rows differ from their item</source>
        <translation>{count} 个搜索行与其条目不同</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="405"/>
        <source>{count} friendships not stored as profile_a &lt; profile_b</source>
        <translation>{count} 个好友关系没有按 profile_a &lt; profile_b 存储</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="406"/>
        <source>{count} ratings outside 0.5-5 stars</source>
        <translation>{count} 个评分不在 0.5 到 5 星之间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="407"/>
        <source>{count} plays with an impossible share, count or skip flag</source>
        <translation>{count} 次播放的比例、次数或跳过标记不可能成立</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="408"/>
        <source>{count} unknown marks</source>
        <translation>{count} 个未知标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="409"/>
        <source>{count} unfinished model runs claim a model file</source>
        <translation>{count} 次未完成的训练声称有模型文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="410"/>
        <source>{count} trained model runs without a model file</source>
        <translation>{count} 次已训练的模型运行没有模型文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="411"/>
        <source>model files</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="412"/>
        <source>model file {name} is damaged or half-written ({error})</source>
        <translation>模型文件 {name} 已损坏或只写了一半（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="413"/>
        <source>integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="414"/>
        <source>{check}: {problem}</source>
        <translation>{check}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="415"/>
        <source>model file {name} has no manifest</source>
        <translation>模型文件 {name} 没有清单</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="416"/>
        <source>model file {name} is damaged ({member})</source>
        <translation>模型文件 {name} 已损坏（{member}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="417"/>
        <source>not a readable database ({error})</source>
        <translation>不是可读取的数据库（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="418"/>
        <source>leftovers</source>
        <translation>残留</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="419"/>
        <source>{count} model runs stuck in training (runs {ids})</source>
        <translation>{count} 次模型训练卡在训练中（运行 {ids}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="420"/>
        <source>{count} half-written files left behind ({names})</source>
        <translation>留下了 {count} 个只写了一半的文件（{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="421"/>
        <source>{count} model files no run points to ({names})</source>
        <translation>{count} 个模型文件没有任何运行指向它们（{names}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="422"/>
        <source>{count} work markers of stopped commands</source>
        <translation>{count} 个已停止命令的工作标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="423"/>
        <source>run {run}: {problem}</source>
        <translation>运行 {run}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="425"/>
        <source>{title} [id {id}, {kind}]</source>
        <translation>{title} [条目 {id}，{kind}]</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="264"/>
        <source>no item with id {item_id}</source>
        <translation>没有 ID 为 {item_id} 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="21"/>
        <source>{path} is not a library backup (not an SQLite file); choose another backup</source>
        <translation>{path} 不是媒体库备份（不是 SQLite 文件）；请选择其他备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="31"/>
        <source>backup {path} is damaged or not a library ({exc}); choose another backup</source>
        <translation>备份 {path} 已损坏或不是媒体库（{exc}）；请选择其他备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="94"/>
        <source>no playlist named {name!r} for this profile; &apos;desktop-recsys playlist list&apos; shows the playlists</source>
        <translation>此用户没有名为 {name!r} 的播放列表；“desktop-recsys playlist list”会列出播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="98"/>
        <source>no playlist named {name!r}; &apos;desktop-recsys playlist list&apos; shows the playlists</source>
        <translation>没有名为 {name!r} 的播放列表；“desktop-recsys playlist list”会列出播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="120"/>
        <source>cannot read the zip archive {path}: {exc}; it may be damaged: copy or download it again</source>
        <translation>无法读取 zip 压缩包 {path}：{exc}；它可能已损坏：请重新复制或下载</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="142"/>
        <source>{path} is not an IMDb ratings export: no Const, Your Rating or Title column; give the ratings.csv of an IMDb export</source>
        <translation>{path} 不是 IMDb 评分导出：没有 Const、Your Rating 或 Title 列；请给出 IMDb 导出中的 ratings.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="147"/>
        <source>no HetRec Last.fm files in {folder}: expected artists.dat and user_artists.dat; give the hetrec2011-lastfm-2k folder</source>
        <translation>{folder} 中没有 HetRec Last.fm 文件：应有 artists.dat 和 user_artists.dat；请给出 hetrec2011-lastfm-2k 文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="162"/>
        <source>no ratings.csv, diary.csv or watched.csv in {path}; give a Letterboxd export (its zip or folder)</source>
        <translation>{path} 中没有 ratings.csv、diary.csv 或 watched.csv；请给出 Letterboxd 导出（其 zip 或文件夹）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="168"/>
        <source>no listens (*.jsonl files) in {path}; give a ListenBrainz listens export</source>
        <translation>{path} 中没有收听记录（*.jsonl 文件）；请给出 ListenBrainz 收听记录导出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="247"/>
        <source>cannot write the import report {target}: {strerror}; choose another place for the report</source>
        <translation>无法写入导入报告 {target}：{strerror}；请为报告选择其他位置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="265"/>
        <source>item {keep} is a {keep_kind} and item {drop} a {drop_kind}; only items of the same kind can be merged</source>
        <translation>条目 {keep} 是{keep_kind}，条目 {drop} 是{drop_kind}；只能合并同类条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="270"/>
        <source>an empty name cannot be added to {table}</source>
        <translation>不能将空名称添加到 {table}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="273"/>
        <source>cannot edit item field(s) {choices}</source>
        <translation>无法编辑条目字段 {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="275"/>
        <source>unknown job status {status!r}</source>
        <translation>未知的任务状态 {status!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="277"/>
        <source>unknown mark {mark!r}; use one of {choices}</source>
        <translation>未知的标记 {mark!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="279"/>
        <source>unknown model run status {status!r}</source>
        <translation>未知的模型运行状态 {status!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="283"/>
        <source>share completed {completed} is outside 0-1</source>
        <translation>完成比例 {completed} 不在 0-1 之间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="284"/>
        <source>play count {count} must be at least 1</source>
        <translation>播放次数 {count} 必须至少为 1</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="290"/>
        <source>no {algorithm} model for {kinds} yet; train one first with &apos;desktop-recsys train --algorithm {algorithm} --kind {kind}&apos;</source>
        <translation>尚无用于{kinds}的 {algorithm} 模型；请先用“desktop-recsys train --algorithm {algorithm} --kind {kind}”训练一个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="294"/>
        <source>{name} predicts ratings rather than making lists; choose a recommender that makes lists (see &apos;desktop-recsys abtest start --help&apos;)</source>
        <translation>{name} 预测评分而不生成列表；请选择生成列表的推荐器（见“desktop-recsys abtest start --help”）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="303"/>
        <source>unknown signal {signal!r}; use one of {choices}</source>
        <translation>未知的信号 {signal!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="304"/>
        <source>time decay {time_decay_days} days must be a positive number</source>
        <translation>时间衰减 {time_decay_days} 天必须是正数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="305"/>
        <source>time decay applies to plays (signal &apos;plays&apos; or &apos;auto&apos;); star ratings keep their values</source>
        <translation>时间衰减只作用于播放（信号“plays”或“auto”）；星级评分保持原值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="310"/>
        <source>--n must be at least 1 (got {n})</source>
        <translation>--n 必须至少为 1（收到的是 {n}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="316"/>
        <source>unknown group strategy {strategy!r}</source>
        <translation>未知的群组策略 {strategy!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="318"/>
        <source>unknown import kind {kind!r}; use one of {choices}</source>
        <translation>未知的导入类型 {kind!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="320"/>
        <source>unknown item kind {kind!r}</source>
        <translation>未知的条目类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="322"/>
        <source>a rating is 0 to 5 stars (got {stars})</source>
        <translation>评分为 0 到 5 星（收到的是 {stars}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="323"/>
        <source>no playlist {playlist_id}</source>
        <translation>没有播放列表 {playlist_id}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="325"/>
        <source>unknown map projection {method!r}; use {choices}</source>
        <translation>未知的地图投影 {method!r}；请使用 {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="326"/>
        <source>the t-SNE map needs a limit of at least one item, not {limit}</source>
        <translation>t-SNE 地图的条目上限至少为 1，而不是 {limit}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="328"/>
        <source>cannot export a report as {fmt!r}; use {choices}</source>
        <translation>无法将报告导出为 {fmt!r}；请使用 {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="329"/>
        <source>choose at least one algorithm to tune</source>
        <translation>请至少选择一个要调优的算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="331"/>
        <source>cannot bulk-edit {choices}</source>
        <translation>无法批量编辑 {choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="332"/>
        <source>a title is edited one item at a time; select a single item</source>
        <translation>标题一次只能编辑一个条目；请只选择一个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="334"/>
        <source>time listened</source>
        <translation>收听时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="335"/>
        <source>{what} must be 0 or more seconds (got {value})</source>
        <translation>{what}必须为 0 秒或以上（收到的是 {value}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="337"/>
        <source>too many playlists of that name; rename some first</source>
        <translation>同名的播放列表太多；请先重命名一些</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="338"/>
        <source>that playlist no longer exists</source>
        <translation>该播放列表已不存在</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="339"/>
        <source>{clean!r} already exists; choose another name</source>
        <translation>{clean!r} 已存在；请选择其他名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="340"/>
        <source>a smart playlist is ordered by its rules; edit its order there</source>
        <translation>智能播放列表按其规则排序；请在规则中修改顺序</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="341"/>
        <source>the playlist changed meanwhile; it was reloaded, try again</source>
        <translation>播放列表在此期间已更改；已重新加载，请重试</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="342"/>
        <source>a smart playlist holds what its rules select; change the rules</source>
        <translation>智能播放列表包含其规则选出的内容；请修改规则</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="344"/>
        <source>unknown --by {by!r}; use one of {choices}</source>
        <translation>未知的 --by {by!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="346"/>
        <source>give either --preset or --rule, not both</source>
        <translation>请给出 --preset 或 --rule，不要同时给出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="347"/>
        <source>a smart playlist needs at least one --rule FIELD:OP:VALUE</source>
        <translation>智能播放列表至少需要一条 --rule FIELD:OP:VALUE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="348"/>
        <source>--match must be all or any (got {match!r})</source>
        <translation>--match 必须是 all 或 any（收到的是 {match!r}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="349"/>
        <source>a smart playlist belongs to a profile; give --profile NAME</source>
        <translation>智能播放列表属于某个用户；请给出 --profile NAME</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="350"/>
        <source>no playlist called {name!r}; &apos;desktop-recsys playlist list&apos; shows the playlists</source>
        <translation>没有名为 {name!r} 的播放列表；“desktop-recsys playlist list”会列出播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="354"/>
        <source>{name!r} already exists; choose another name or delete it first</source>
        <translation>{name!r} 已存在；请选择其他名称或先将其删除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="358"/>
        <source>the sound analysis&apos;s worker processes end as soon as they start; nothing was stored: run &apos;desktop-recsys analyze --workers 1&apos; instead</source>
        <translation>声音分析的工作进程一启动就结束了；未存储任何内容：请改为运行“desktop-recsys analyze --workers 1”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="363"/>
        <source>profile</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="364"/>
        <source>playlist</source>
        <translation>播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="365"/>
        <source>exporting recommendations needs the models folder</source>
        <translation>导出推荐需要模型文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="366"/>
        <source>recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="367"/>
        <source>unknown export kind {export_kind!r}; use one of {choices}</source>
        <translation>未知的导出类型 {export_kind!r}；请使用以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_library.py" line="368"/>
        <source>exporting a {what} needs the option {name!r}</source>
        <translation>导出{what}需要选项 {name!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="15"/>
        <source>{entry}: not a local file, left out</source>
        <translation>{entry}：不是本地文件，已略过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="16"/>
        <source>{entry} ({location}): not in the library</source>
        <translation>{entry}（{location}）：不在媒体库中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="17"/>
        <source>{entry}: not in the library</source>
        <translation>{entry}：不在媒体库中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="18"/>
        <source>empty title</source>
        <translation>标题为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="19"/>
        <source>unknown kind {kind!r}</source>
        <translation>未知的类型 {kind!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="20"/>
        <source>{name} {text!r} is not a number</source>
        <translation>{name} {text!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="21"/>
        <source>rating {rating:g} is outside 0.5-5 stars</source>
        <translation>评分 {rating:g} 不在 0.5–5 星之间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="22"/>
        <source>{name} {text!r} is not a time from 1900 to {year}</source>
        <translation>{name} {text!r} 不是 1900 年到 {year} 年之间的时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="23"/>
        <source>count {count!r} is not a positive whole number</source>
        <translation>次数 {count!r} 不是正整数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="24"/>
        <source>no profile: map a profile column or pass --profile</source>
        <translation>没有用户：请映射一个用户列，或使用 --profile 指定</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="25"/>
        <source>empty artist or track name</source>
        <translation>艺术家或曲目名称为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="26"/>
        <source>no play time (a track playing during the export?)</source>
        <translation>没有播放时间（也许是导出时正在播放的曲目？）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="27"/>
        <source>time {stamp!r} is not a date or Unix time from 1900 to {year}</source>
        <translation>时间 {stamp!r} 不是 1900 年到 {year} 年之间的日期或 Unix 时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="28"/>
        <source>{what} {value!r} is not a whole number of 0 or more: taken as 0</source>
        <translation>{what} {value!r} 不是大于或等于 0 的整数：按 0 计</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="31"/>
        <source>play count</source>
        <translation>播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="32"/>
        <source>skip count</source>
        <translation>跳过次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="33"/>
        <source>last played {value!r} is not a plausible time: left out</source>
        <translation>上次播放时间 {value!r} 不是合理的时间：已略过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="34"/>
        <source>last played {text!r} is not a date and time: left out</source>
        <translation>上次播放时间 {text!r} 不是日期和时间：已略过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="35"/>
        <source>rating {value!r} is not a number: left out</source>
        <translation>评分 {value!r} 不是数字：已略过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="36"/>
        <source>rating {value!r} is above the player&apos;s {full:g}: left out</source>
        <translation>评分 {value!r} 高于播放器的满分 {full:g}：已略过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="37"/>
        <source>cannot read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="38"/>
        <source>could not read this file ({error}); skipped</source>
        <translation>无法读取此文件（{error}）；已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="39"/>
        <source>cannot open folder: {reason}</source>
        <translation>无法打开文件夹：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="40"/>
        <source>symlink loop (folder already scanned); skipped</source>
        <translation>符号链接循环（文件夹已扫描过）；已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="41"/>
        <source>cannot list folder: {reason}</source>
        <translation>无法列出文件夹内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="42"/>
        <source>broken symbolic link (its target is gone)</source>
        <translation>符号链接已失效（目标已不存在）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="43"/>
        <source>not a regular file (a pipe, socket or device); skipped</source>
        <translation>不是普通文件（管道、套接字或设备）；已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="44"/>
        <source>cannot read .nfo ({reason}); used the file name</source>
        <translation>无法读取 .nfo（{reason}）；已使用文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="45"/>
        <source>malformed .nfo ({error}); used the file name</source>
        <translation>.nfo 格式错误（{error}）；已使用文件名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="46"/>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="47"/>
        <source>permission denied</source>
        <translation>没有读取权限</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="49"/>
        <source>{fields} fields, expected at least {expected}</source>
        <translation>有 {fields} 个字段，应至少有 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="50"/>
        <source>{fields} fields, expected {expected}</source>
        <translation>有 {fields} 个字段，应有 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="51"/>
        <source>movie id {value!r} is not a number</source>
        <translation>电影编号 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="52"/>
        <source>movie {movie} is listed twice; first kept</source>
        <translation>电影 {movie} 出现了两次；保留第一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="53"/>
        <source>movie {movie!r} is not in the films file</source>
        <translation>电影 {movie!r} 不在电影文件中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="54"/>
        <source>IMDb id {value!r} is not a number</source>
        <translation>IMDb 编号 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="55"/>
        <source>TMDb id {value!r} is not a number</source>
        <translation>TMDb 编号 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="56"/>
        <source>empty tag</source>
        <translation>标签为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="57"/>
        <source>user id {user!r} is not a number</source>
        <translation>用户编号 {user!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="58"/>
        <source>rating {value!r} is not 0.5-5 stars</source>
        <translation>评分 {value!r} 不是 0.5–5 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="59"/>
        <source>timestamp {stamp!r} is not Unix seconds</source>
        <translation>时间戳 {stamp!r} 不是 Unix 秒数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="60"/>
        <source>the time is not a number; row skipped</source>
        <translation>时间不是数字；已跳过此行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="61"/>
        <source>the time {time} is not between 1900 and {year}</source>
        <translation>时间 {time} 不在 1900 年到 {year} 年之间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="62"/>
        <source>artist id {value!r} is not a number</source>
        <translation>艺术家编号 {value!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="63"/>
        <source>empty artist name</source>
        <translation>艺术家名称为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="64"/>
        <source>artist {artist} is listed twice; first kept</source>
        <translation>艺术家 {artist} 出现了两次；保留第一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="65"/>
        <source>artist {artist} is not in artists.dat</source>
        <translation>艺术家 {artist} 不在 artists.dat 中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="66"/>
        <source>tag {tag} is not in tags.dat</source>
        <translation>标签 {tag} 不在 tags.dat 中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="67"/>
        <source>listening count {count!r} is not a positive number</source>
        <translation>收听次数 {count!r} 不是正数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="68"/>
        <source>listening count {count!r} is more than {most:,}</source>
        <translation>收听次数 {count!r} 超过 {most:,}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="69"/>
        <source>user ids {a!r}, {b!r} are not numbers</source>
        <translation>用户编号 {a!r}、{b!r} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="70"/>
        <source>user {user} is their own friend</source>
        <translation>用户 {user} 把自己列为好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="71"/>
        <source>Const {const!r} is not an IMDb id (tt1234567)</source>
        <translation>Const {const!r} 不是 IMDb 编号（tt1234567）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="72"/>
        <source>rating {value!r} is not 1-10</source>
        <translation>评分 {value!r} 不是 1–10</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="73"/>
        <source>Date Rated {value!r} is not a date from 1900 to {year}</source>
        <translation>Date Rated {value!r} 不是 1900 年到 {year} 年之间的日期</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="75"/>
        <source>rating {value!r} is not 0.5-5</source>
        <translation>评分 {value!r} 不是 0.5–5</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="76"/>
        <source>date {value!r} is not a date from 1900 to {year}</source>
        <translation>日期 {value!r} 不是 1900 年到 {year} 年之间的日期</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="77"/>
        <source>no Watched Date or Date from 1900 to {year}</source>
        <translation>没有 1900 年到 {year} 年之间的 Watched Date 或 Date</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="78"/>
        <source>date {value!r} is not a date from 1900 to {year}; the rating is dated by its Watched Date</source>
        <translation>日期 {value!r} 不是 1900 年到 {year} 年之间的日期；评分按其 Watched Date 记录时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="82"/>
        <source>empty film name</source>
        <translation>电影名称为空</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="83"/>
        <source>year {value!r} is not a year</source>
        <translation>年份 {value!r} 不是有效的年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="84"/>
        <source>not valid JSON ({error})</source>
        <translation>不是有效的 JSON（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="85"/>
        <source>not a JSON object ({error})</source>
        <translation>不是 JSON 对象（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="86"/>
        <source>listen #{index}</source>
        <translation>第 {index} 条收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="87"/>
        <source>{where}: {reason}</source>
        <translation>{where}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="88"/>
        <source>not a listen (no track_metadata)</source>
        <translation>不是收听记录（没有 track_metadata）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="89"/>
        <source>listened_at {value!r} is not a time from 1900 to {year}</source>
        <translation>listened_at {value!r} 不是 1900 年到 {year} 年之间的时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="91"/>
        <source>not an item object</source>
        <translation>不是条目对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="92"/>
        <source>title is not text</source>
        <translation>标题不是文本</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="93"/>
        <source>{name} is not a number</source>
        <translation>{name} 不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="94"/>
        <source>{name} {value!r} is not valid</source>
        <translation>{name} {value!r} 无效</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="95"/>
        <source>tags must be a list or an object</source>
        <translation>tags 必须是列表或对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="96"/>
        <source>ids must be an object</source>
        <translation>ids 必须是对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="97"/>
        <source>genres must be a list</source>
        <translation>genres 必须是列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="98"/>
        <source>not a list of items</source>
        <translation>不是条目列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="99"/>
        <source>item #{n}</source>
        <translation>第 {n} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="100"/>
        <source>playlist #{n}: no name</source>
        <translation>第 {n} 个播放列表：没有名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="101"/>
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="102"/>
        <source>#{n}</source>
        <translation>第 {n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="103"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="104"/>
        <source>item {item!r} is not in items.json</source>
        <translation>条目 {item!r} 不在 items.json 中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="105"/>
        <source>item (not an id) is not in items.json</source>
        <translation>条目（不是编号）不在 items.json 中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="106"/>
        <source>the time is not a number</source>
        <translation>时间不是数字</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="107"/>
        <source>count or completed share is not valid</source>
        <translation>次数或完成比例无效</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="108"/>
        <source>unknown mark {mark!r}</source>
        <translation>未知的标记 {mark!r}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="109"/>
        <source>item comment is not valid JSON</source>
        <translation>条目注释不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="110"/>
        <source>{entry} is not in the library (scan its folder first)</source>
        <translation>{entry} 不在媒体库中（请先扫描其文件夹）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="112"/>
        <source>the content is {actual} but the name says {ext}, and it cannot be read as either; damaged? ({error})</source>
        <translation>内容是 {actual}，但文件名表明是 {ext}，两者都无法读取；文件损坏了？（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="116"/>
        <source>unreadable or truncated audio ({error})</source>
        <translation>音频无法读取或不完整（{error}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="120"/>
        <source>the name says {ext} but the content is no audio the scanner reads (it looks like {content})</source>
        <translation>文件名表明是 {ext}，但内容不是扫描器能读取的音频（看起来像 {content}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="124"/>
        <source>not an audio or video file the scanner reads ({kind}; content looks like {content})</source>
        <translation>不是扫描器能读取的音频或视频文件（{kind}；内容看起来像 {content}）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="128"/>
        <source>unknown data</source>
        <translation>未知数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="132"/>
        <source>unknown type {ext}</source>
        <translation>未知类型 {ext}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="136"/>
        <source>no extension</source>
        <translation>没有扩展名</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog_import.py" line="140"/>
        <source>{field}: control characters ({chars}) removed</source>
        <translation>{field}：已删除控制字符（{chars}）</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="43"/>
        <source>Delete</source>
        <extracomment>Asks a yes/no question: (parent, title, text) -&gt; True to go ahead.</extracomment>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="603"/>
        <source>fit s</source>
        <extracomment>The HTML evaluation report&apos;s fixed texts (``engine.evaluation.report.REPORT_WORDS``, a test keeps the two lists equal), context ``&quot;report&quot;``: the Lab and the command line pass their translations to ``EvaluationReport.to_html``.</extracomment>
        <translation>训练（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="604"/>
        <source>recommend s</source>
        <translation>推荐（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="605"/>
        <source>model MB</source>
        <translation>模型（MB）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="606"/>
        <source>splits</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="607"/>
        <source>{0:,} users, {1:,} items, {2:,} TRAIN, {3:,} held out, {4:,} tested</source>
        <translation>{0:,} 个用户，{1:,} 个条目，{2:,} 个训练交互，{3:,} 个留出，测试了 {4:,} 个</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="610"/>
        <source>All metrics (mean, 95 % bootstrap interval over users)</source>
        <translation>全部指标（平均值，按用户自助法的 95% 区间）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="611"/>
        <source>algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="612"/>
        <source>Paired comparisons (bootstrap over the same users)</source>
        <translation>配对比较（在相同用户上自助重抽样）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="613"/>
        <source>pair</source>
        <translation>算法对</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="614"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="615"/>
        <source>mean difference</source>
        <translation>平均差</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="616"/>
        <source>95 % interval</source>
        <translation>95% 区间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="617"/>
        <source>resamples won by the first</source>
        <translation>前者胜出的重抽样比例</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="618"/>
        <source>users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="619"/>
        <source>{0} vs {1}</source>
        <translation>{0} 对比 {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="620"/>
        <source>Learning curve: {0} by TRAIN interactions per user</source>
        <translation>学习曲线：按每个用户的训练交互数统计的 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="621"/>
        <source>interactions</source>
        <translation>交互数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="622"/>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/message_catalog.py" line="623"/>
        <source>interval</source>
        <translation>区间</translation>
    </message>
</context>
<context>
    <name>short reasons</name>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="25"/>
        <source>♥ {titles}</source>
        <extracomment>Full template -&gt; short template (same placeholders), marked for lupdate.</extracomment>
        <translation>♥ {titles}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="26"/>
        <source>You play {terms}</source>
        <translation>你常听{terms}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="27"/>
        <source>You play {terms} and {moods} music</source>
        <translation>你常听{terms}和{moods}的音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="30"/>
        <source>You play {moods} music</source>
        <translation>你常听{moods}的音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="33"/>
        <source>You watch {terms}</source>
        <translation>你常看{terms}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="34"/>
        <source>Genre: {names}</source>
        <translation>类型：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="35"/>
        <source>Tag: {names}</source>
        <translation>标签：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="36"/>
        <source>{count} people like you liked it</source>
        <translation>{count} 位口味相近的人喜欢</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="39"/>
        <source>Popular ({count} people)</source>
        <translation>热门（{count} 人）</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="40"/>
        <source>{count} friends have it</source>
        <translation>{count} 位好友拥有</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/reason_text.py" line="43"/>
        <source>Lately: {names}</source>
        <translation>最近：{names}</translation>
    </message>
</context>
</TS>

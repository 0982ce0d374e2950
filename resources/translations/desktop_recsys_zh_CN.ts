<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BulkEditDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="33" />
        <source>Edit %n item(s)</source>
        <translation>
            <numerusform>编辑 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="36" />
        <source>&amp;Artist / director:</source>
        <translation>艺术家/导演(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="37" />
        <source>Al&amp;bum:</source>
        <translation>专辑(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="38" />
        <source>Album a&amp;rtist:</source>
        <translation>专辑艺术家(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="39" />
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="40" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="41" />
        <source>&amp;Genres (comma-separated):</source>
        <translation>类型(逗号分隔)(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="46" />
        <source>&lt;b&gt;Change&lt;/b&gt;</source>
        <translation>&lt;b&gt;更改&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="49" />
        <source>Change {0}</source>
        <translation>更改{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="57" />
        <source>(various)</source>
        <translation>(多个值)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="70" />
        <source>Only ticked fields are changed; typing in a field ticks it. A blank ticked field clears that field on every item.</source>
        <translation>只更改勾选的字段;在字段中输入会自动勾选。勾选但留空的字段会清除所有条目的该字段。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/bulk_edit_dialog.py" line="79" />
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/demo_banner.py" line="9" />
        <source>Demo library: synthetic data, for trying the app</source>
        <extracomment>The English text, marked for lupdate (``self.tr(DEMO_TEXT)`` alone would hide it).</extracomment>
        <translation>演示媒体库:合成数据,供试用本应用</translation>
    </message>
</context>
<context>
    <name>EvaluationTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="44" />
        <source>NDCG</source>
        <extracomment>``(mean, low, high)`` of a metric cell (None for other columns or unmeasured figures). The column's key: a metric (``ndcg@10``), a catalogue figure, or ``fit_s`` and friends. Figures where lower is better (everything else: higher is better, or neither).</extracomment>
        <translation>NDCG</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="45" />
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="46" />
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="47" />
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="48" />
        <source>Hit rate</source>
        <translation>命中率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="49" />
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="50" />
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="51" />
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="52" />
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="53" />
        <source>Novelty</source>
        <translation>新颖度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="54" />
        <source>Serendipity</source>
        <translation>惊喜度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="55" />
        <source>Diversity (genres)</source>
        <translation>多样性(类型)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="56" />
        <source>Diversity (content)</source>
        <translation>多样性(内容)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="59" />
        <source>Avg. popularity</source>
        <translation>平均流行度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="60" />
        <source>Long-tail share</source>
        <translation>长尾占比</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="61" />
        <source>Calibration KL</source>
        <translation>校准 KL</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="62" />
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="63" />
        <source>Exposure Gini</source>
        <translation>曝光基尼系数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="64" />
        <source>Fit (s)</source>
        <translation>训练(秒)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="65" />
        <source>Recommend (s)</source>
        <translation>推荐(秒)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="66" />
        <source>Model (MB)</source>
        <translation>模型(MB)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="206" />
        <source>{0} (failed)</source>
        <translation>{0}(失败)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="214" />
        <source>Best on {0}</source>
        <translation>{0} 最佳</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="248" />
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="257" />
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="259" />
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="261" />
        <source>{0}: mean over the tested profiles with its 95 % interval; {1}</source>
        <translation>{0}:被测档案的平均值及其 95% 区间;{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="295" />
        <source>Not measured (the items lack what this figure needs)</source>
        <translation>未测量(条目缺少该指标所需的信息)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/evaluation_table_model.py" line="298" />
        <source>{0} of {1}: {2}, 95 % interval {3} to {4}</source>
        <translation>{1} 的 {0}:{2},95% 区间 {3} 至 {4}</translation>
    </message>
</context>
<context>
    <name>ForYouView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="125" />
        <source>What to recommend</source>
        <extracomment>Candidates fetched beyond the list so the diversity slider has something to choose from. The list changed (rows, stale flag) - the status bar says so. Something was rated or marked, so other screens re-read. A person asked to see an item in the library (double-click on a shelf).</extracomment>
        <translation>推荐内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="127" />
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="128" />
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="129" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="132" />
        <source>&amp;Recommend:</source>
        <translation>推荐(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="136" />
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="137" />
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="139" />
        <source>Automatic uses the newest model; pick one to compare algorithms</source>
        <translation>“自动”使用最新的模型;选择一个算法可进行比较</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="141" />
        <source>&amp;Algorithm:</source>
        <translation>算法(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="143" />
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="146" />
        <source>Fetch the list again (F5)</source>
        <translation>重新获取列表 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="147" />
        <source>&amp;Train now</source>
        <translation>立即训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="149" />
        <source>Train a model on the latest ratings and plays</source>
        <translation>用最新的评分和播放记录训练模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="152" />
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="153" />
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="601" />
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="156" />
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="157" />
        <source>As M3U8 playlist…</source>
        <translation>导出为 M3U8 播放列表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="161" />
        <source>Add to &amp;playlist</source>
        <translation>添加到播放列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="162" />
        <source>Add the selected pick to a playlist</source>
        <translation>将所选推荐添加到播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="173" />
        <source>Diversity</source>
        <translation>多样性</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="175" />
        <source>Left: the best matches first. Right: a more varied list.</source>
        <translation>向左:最匹配的优先。向右:列表更加多样。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="177" />
        <source>&amp;Diversity:</source>
        <translation>多样性(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="182" />
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="502" />
        <source>&amp;Group…</source>
        <translation>群组(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="183" />
        <source>Recommend for a group of profiles</source>
        <translation>为多个档案共同推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="185" />
        <source>Pick more profiles for one shared list (a film night, a party playlist)</source>
        <translation>选择更多档案生成一份共享列表(电影之夜、派对歌单)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="218" />
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="220" />
        <source>Cancel training</source>
        <translation>取消训练</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="235" />
        <source>Recommendations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="269" />
        <source>What counted most</source>
        <translation>影响最大的因素</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="270" />
        <source>What counted most:</source>
        <translation>影响最大的因素:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="271" />
        <source>&amp;Not interested</source>
        <translation>不感兴趣(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="274" />
        <source>Never recommend this again for this profile (Delete)</source>
        <translation>不再为此档案推荐此项 (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="440" />
        <source>Create or choose a profile to get recommendations.</source>
        <translation>请创建或选择一个档案以获取推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="502" />
        <source>&amp;Group ({0})…</source>
        <translation>群组({0})(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="550" />
        <source>Training {0}…</source>
        <translation>正在训练 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="561" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="592" />
        <source>“{0}” will not be recommended again</source>
        <translation>将不再推荐“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="603" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="603" />
        <source>M3U8 playlist (*.m3u8)</source>
        <translation>M3U8 播放列表 (*.m3u8)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="618" />
        <source>Recommended for you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="656" />
        <source>The new model is ready</source>
        <translation>新模型已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="662" />
        <source>Exported the list to {0}</source>
        <translation>列表已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="671" />
        <source>Could not get recommendations: {0}</source>
        <translation>无法获取推荐:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="688" />
        <source>Training cancelled; the previous model still serves</source>
        <translation>训练已取消;仍使用之前的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="709" />
        <source>No model has been trained for this yet. Press “Train now”; it takes a few seconds on a small library.</source>
        <translation>尚未为此训练模型。请按“立即训练”;小型媒体库只需几秒钟。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="720" />
        <source>New ratings or plays since this model was trained ({0}). Train now for fresher picks.</source>
        <translation>此模型训练后({0})有新的评分或播放记录。立即训练可获得更新的推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="730" />
        <source>{0} recommendations from {1} (model {2}, trained {3})</source>
        <translation>来自 {1} 的 {0} 条推荐(模型 {2},训练于{3})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="762" />
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="762" />
        <source>least misery</source>
        <translation>最小痛苦</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="763" />
        <source>A shared list for {0} ({1}).</source>
        <translation>{0} 的共享列表({1})。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="765" />
        <source>No model yet for {0}: train for them to include them.</source>
        <translation>{0} 还没有模型:为其训练后即可加入。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="770" />
        <source>No shared picks yet: each member needs a trained model (Train now) first.</source>
        <translation>暂无共享推荐:每位成员都需要先训练模型(立即训练)。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="787" />
        <source>Because you liked “{0}”</source>
        <translation>因为你喜欢“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="809" />
        <source>Recommend together with:</source>
        <translation>一起推荐给:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="818" />
        <source>Combine by &amp;average</source>
        <translation>按平均值合并(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="819" />
        <source>Combine by &amp;least misery (nobody hates it)</source>
        <translation>按最小痛苦合并(没人讨厌)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="827" />
        <source>Just me again</source>
        <translation>仅我自己</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="864" />
        <source>Why this?</source>
        <translation>为什么推荐?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="865" />
        <source>Select a recommendation to see what it is based on.</source>
        <translation>选择一条推荐以查看推荐依据。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="872" />
        <source>Popular with everyone</source>
        <translation>广受欢迎</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="874" />
        <source>(A popular pick: the model knows too little about this one.)</source>
        <translation>(热门推荐:模型对此了解太少。)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="878" />
        <source>How much each member of the group would like it:</source>
        <translation>群组中每位成员的喜欢程度:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="953" />
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="955" />
        <source>Clear rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="959" />
        <source>&amp;Not interested	Del</source>
        <translation>不感兴趣(&amp;N)	Del</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="976" />
        <source>at an unknown time</source>
        <translation>时间未知</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="979" />
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="981" />
        <source>{0:.0f} min ago</source>
        <translation>{0:.0f} 分钟前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="983" />
        <source>{0:.0f} h ago</source>
        <translation>{0:.0f} 小时前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="984" />
        <source>{0:.0f} days ago</source>
        <translation>{0:.0f} 天前</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="78" />
        <source>Import</source>
        <extracomment>Kinds whose rows belong to one profile (the source page asks which). Kinds read from a folder (the others from a file; ListenBrainz and Letterboxd take both).</extracomment>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="89" />
        <source>MovieLens data set</source>
        <translation>MovieLens 数据集</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="90" />
        <source>A MovieLens folder (ml-latest-small, ml-25m, ml-1m, ml-100k)</source>
        <translation>MovieLens 文件夹(ml-latest-small、ml-25m、ml-1m、ml-100k)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="93" />
        <source>Last.fm data set (HetRec 2011)</source>
        <translation>Last.fm 数据集(HetRec 2011)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="94" />
        <source>The hetrec2011-lastfm-2k folder: artists, tags and listening counts</source>
        <translation>hetrec2011-lastfm-2k 文件夹:艺术家、标签和收听次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="97" />
        <source>A folder of music or films</source>
        <translation>音乐或电影文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="98" />
        <source>Scans audio and video files; rescans only read what changed</source>
        <translation>扫描音频和视频文件;重新扫描只读取变化的部分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="101" />
        <source>My Last.fm scrobbles</source>
        <translation>我的 Last.fm 收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="102" />
        <source>A scrobbles CSV (artist, album, track, time)</source>
        <translation>收听记录 CSV(艺术家、专辑、曲目、时间)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="105" />
        <source>My ListenBrainz listens</source>
        <translation>我的 ListenBrainz 收听记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="106" />
        <source>The listens export: a zip, a folder or a .jsonl file</source>
        <translation>收听记录导出:zip、文件夹或 .jsonl 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="109" />
        <source>My Letterboxd films</source>
        <translation>我的 Letterboxd 电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="110" />
        <source>The Letterboxd export: a zip, a folder or ratings/diary/watched.csv</source>
        <translation>Letterboxd 导出:zip、文件夹或 ratings/diary/watched.csv</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="113" />
        <source>My IMDb ratings</source>
        <translation>我的 IMDb 评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="114" />
        <source>IMDb's ratings.csv; 1-10 stars become 0.5-5</source>
        <translation>IMDb 的 ratings.csv;1-10 星换算为 0.5-5 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="117" />
        <source>Any CSV file</source>
        <translation>任意 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="118" />
        <source>You choose what each column is, with a preview</source>
        <translation>可预览并指定每一列的含义</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="134" />
        <source>What would you like to import?</source>
        <translation>你想导入什么?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="154" />
        <source>Profile to import into</source>
        <translation>导入到的档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="158" />
        <source>Into &amp;profile:</source>
        <translation>导入到档案(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="172" />
        <source>Where is it?</source>
        <translation>在哪里?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="175" />
        <source>File or folder to import</source>
        <translation>要导入的文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="177" />
        <source>Choose &amp;file…</source>
        <translation>选择文件(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="179" />
        <source>Choose f&amp;older…</source>
        <translation>选择文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="197" />
        <source>Which column is what?</source>
        <translation>每一列是什么?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="200" />
        <source>Pick a field for each column you want; a title is needed. Unused columns are ignored.</source>
        <translation>为需要的列选择字段;必须有标题。未使用的列将被忽略。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="207" />
        <source>Preview of the first rows</source>
        <translation>前几行预览</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="220" />
        <source>What the rows are</source>
        <translation>每行的类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="222" />
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="223" />
        <source>Music tracks</source>
        <translation>音乐曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="224" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="228" />
        <source>Rows are &amp;items of kind:</source>
        <translation>每行的条目类型(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="236" />
        <source>Preview:</source>
        <translation>预览:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="243" />
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="246" />
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="250" />
        <source>&amp;Cancel the import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="255" />
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="304" />
        <source>Importing {0}…</source>
        <translation>正在导入 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="315" />
        <source>Cancelling… nothing is kept from this import.</source>
        <translation>正在取消…本次导入的内容不会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="347" />
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="351" />
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="353" />
        <source>Exports (*.csv *.zip *.jsonl *.json);;All files (*)</source>
        <translation>导出文件 (*.csv *.zip *.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="366" />
        <source>Cannot read the file: {0}</source>
        <translation>无法读取文件:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="373" />
        <source>Field for column {0}</source>
        <translation>列 {0} 的字段</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="374" />
        <source>(ignore)</source>
        <translation>(忽略)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="408" />
        <source>Done. What was imported, and any rows that were skipped:</source>
        <translation>完成。导入的内容以及跳过的行:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="414" />
        <source>The import failed; the library is unchanged.</source>
        <translation>导入失败;媒体库未改变。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/import_wizard.py" line="418" />
        <source>Cancelled; the library is unchanged.</source>
        <translation>已取消;媒体库未改变。</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="29" />
        <source>Everything</source>
        <extracomment>Marked for lupdate; translated when the combo box is filled.</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="30" />
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="31" />
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="32" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="56" />
        <source>Which items to summarise</source>
        <translation>要汇总的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="59" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="106" />
        <source>Choose a profile to see its insights.</source>
        <translation>选择一个档案以查看其洞察。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="135" />
        <source>Ratings (stars)</source>
        <translation>评分(星级)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="136" />
        <source>Plays per month</source>
        <translation>每月播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="137" />
        <source>Top genres</source>
        <translation>最常见类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="138" />
        <source>Top artists and directors</source>
        <translation>最常见的艺术家和导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="192" />
        <source>plays + stars of liked items</source>
        <translation>喜欢条目的播放次数 + 星级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="195" />
        <source>{0:,} ratings and {1:,} plays</source>
        <translation>{0:,} 条评分,{1:,} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="200" />
        <source>Taste in common with friends (share of liked items): {0}</source>
        <translation>与好友的共同品味(喜欢条目的重合比例):{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="205" />
        <source>No friends yet: add some under Profiles…</source>
        <translation>还没有好友:可在“档案…”中添加</translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="92" />
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="105" />
        <source>More like this</source>
        <translation>更多类似内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="103" />
        <source>Your history</source>
        <translation>你的记录</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="158" />
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="159" />
        <source>Select an item to see everything about it.</source>
        <translation>选择一个条目以查看其全部信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="165" />
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="165" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="169" />
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="171" />
        <source>Album artist</source>
        <translation>专辑艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="173" />
        <source>Track</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="174" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="175" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="176" />
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="177" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="178" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="182" />
        <source>Credits</source>
        <translation>演职人员</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="187" />
        <source> (missing)</source>
        <translation>(缺失)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="188" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="189" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="190" />
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="192" />
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="216" />
        <source>Choose a profile to see its history.</source>
        <translation>选择一个档案以查看其记录。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="226" />
        <source>Rated {0} ({1:g} of 5) on {2}</source>
        <translation>于 {2} 评为 {0}(5 星中的 {1:g} 星)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="231" />
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="236" />
        <source>Played {0} times</source>
        <translation>播放了 {0} 次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="236" />
        <source>Played once</source>
        <translation>播放过一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="239" />
        <source>, last on {0}</source>
        <translation>,最近一次在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="242" />
        <source>Never played</source>
        <translation>从未播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="244" />
        <source>Marked “not interested”</source>
        <translation>已标记为“不感兴趣”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="245" />
        <source>Marked “don't learn from this”</source>
        <translation>已标记为“不从此学习”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="265" />
        <source>{0}
Genres: {1}
Likeness: {2:.0%}</source>
        <translation>{0}
类型:{1}
相似度:{2:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/item_detail_view.py" line="271" />
        <source>Nothing similar found</source>
        <translation>未找到相似内容</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="53" />
        <source>Title</source>
        <extracomment>Stores a rating: ``(item id, stars; 0 clears) -&gt; the stored value or None``; may raise UserError (a busy library), which the model reports through ``write_failed``. Column headers, marked for lupdate; translated when a model makes its columns.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="54" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="55" />
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="56" />
        <source>Album</source>
        <translation>专辑</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="57" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="58" />
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="59" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="60" />
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="339" />
        <source>{0} min {1:02d} s</source>
        <extracomment>A rating could not be stored; the one-line reason.</extracomment>
        <translation>{0} 分 {1:02d} 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="343" />
        <source>{0} (file missing: {1})</source>
        <translation>{0}(文件缺失:{1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="373" />
        <source>{0} (not sortable)</source>
        <translation>{0}(不可排序)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="405" />
        <source>Not rated; click a star or press 1-5</source>
        <translation>未评分;点击星星或按 1-5</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/items_table_model.py" line="408" />
        <source>{0:g} of 5 stars</source>
        <translation>{0:g} 星(满分 5 星)</translation>
    </message>
</context>
<context>
    <name>JobStatusWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="36" />
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="37" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="39" />
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="68" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="109" />
        <source>{0} (waiting)</source>
        <translation>{0}(等待中)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="114" />
        <source>{0} (+{1} more)</source>
        <translation>{0}(另有 {1} 个)</translation>
    </message>
</context>
<context>
    <name>JobTitles</name>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="25" />
        <source>films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="27" />
        <source>tracks</source>
        <translation>曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="29" />
        <source>artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="30" />
        <source>items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="63" />
        <source>profile {0}</source>
        <extracomment>The parameters each kind's title is made from; without them the job's own title is used.</extracomment>
        <translation>档案 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="85" />
        <source>Creating the demo library</source>
        <translation>创建演示媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="88" />
        <source>Training {0} on {1} for {2}</source>
        <translation>为{2}训练{1}模型 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="91" />
        <source>Training {0} on {1}</source>
        <translation>训练{1}模型 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="95" />
        <source>Recommending {0} for {1}</source>
        <translation>为{1}推荐{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="99" />
        <source>Switching to model {0}</source>
        <translation>切换到模型 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="103" />
        <source>Checking models for new data</source>
        <translation>检查模型是否有新数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="106" />
        <source>Finding items like “{0}”</source>
        <translation>查找与“{0}”相似的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="109" />
        <source>Finding similar items</source>
        <translation>查找相似条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="111" />
        <source>Summarising {0}'s taste</source>
        <translation>总结{0}的口味</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="113" />
        <source>Finding {0} like {1}'s favourites</source>
        <translation>查找与{1}的最爱相似的{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="117" />
        <source>Recommending {0} for a group of {1}</source>
        <translation>为 {1} 人的小组推荐{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="121" />
        <source>Editing {0} items</source>
        <translation>编辑 {0} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="125" />
        <source>Importing {0} ({1})</source>
        <translation>导入 {0}({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="129" />
        <source>Exporting {0}</source>
        <translation>导出 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="131" />
        <source>Exporting {0} ({1})</source>
        <translation>导出 {0}({1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="137" />
        <source>Evaluating {0} algorithms on {1} for {2}</source>
        <translation>为{2}在{1}上评估 {0} 个算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="140" />
        <source>Evaluating {0} algorithms on {1}</source>
        <translation>在{1}上评估 {0} 个算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="146" />
        <source>Tuning {0} on {1} for {2} ({3:g} s)</source>
        <translation>为{2}调优{1}模型 {0}({3:g} 秒)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="149" />
        <source>Tuning {0} on {1} ({2:g} s)</source>
        <translation>调优{1}模型 {0}({2:g} 秒)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="153" />
        <source>Listing the algorithms</source>
        <translation>列出算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="155" />
        <source>Backing up the library</source>
        <translation>备份媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/job_titles.py" line="162" />
        <source>Job</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>JobsPanelWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="68" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="99" />
        <source>Details of the selected job</source>
        <translation>所选任务的详情</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="100" />
        <source>Select a job to see its details</source>
        <translation>选择一个任务以查看详情</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="101" />
        <source>&amp;Cancel job</source>
        <translation>取消任务(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/jobs_panel.py" line="104" />
        <source>Cop&amp;y details</source>
        <translation>复制详情(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>JobsTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="42" />
        <source>Waiting</source>
        <extracomment>The progress fraction (0-1) of a row, for the progress bar delegate. The job id of a row (this session's runner id, or None for an earlier session's job).</extracomment>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="43" />
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="44" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="45" />
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="46" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="47" />
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="50" />
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="51" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="52" />
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="53" />
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="54" />
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="55" />
        <source>Elapsed</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="146" />
        <source>State: {0}</source>
        <extracomment>Profile id -&gt; name, for titles of jobs that name a profile only by id.</extracomment>
        <translation>状态:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="147" />
        <source>Parameters: {0}</source>
        <translation>参数:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/jobs_table_model.py" line="154" />
        <source>Error: {0}</source>
        <translation>错误:{0}</translation>
    </message>
</context>
<context>
    <name>LabChart</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="124" />
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="129" />
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="134" />
        <source>Reset the view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="146" />
        <source>Export the chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="148" />
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="150" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="196" />
        <source>Metric per algorithm</source>
        <translation>各算法的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="219" />
        <source>{0} per algorithm (bars: mean; whiskers: 95 % interval)</source>
        <translation>各算法的 {0}(柱:平均值;误差线:95% 区间)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="226" />
        <source>No algorithm has a value for {0}.</source>
        <translation>没有算法有 {0} 的数值。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="262" />
        <source>Highest mean: {0} ({1:.3f}). Overlapping whiskers mean the difference may be chance; the paired comparison above says how sure it is.</source>
        <translation>平均值最高:{0}({1:.3f})。误差线重叠表示差异可能出于偶然;上方的配对比较说明了把握有多大。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="281" />
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="287" />
        <source>interactions the profile had in training</source>
        <translation>档案在训练中的交互数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="296" />
        <source>{0} by how much a profile has rated or played</source>
        <translation>按档案评分或播放数量划分的 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="305" />
        <source>No tested profile: nothing to draw.</source>
        <translation>没有被测档案:无可绘制。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="347" />
        <source>Each point is the mean over the profiles in that band (how many in brackets), with its 95 % interval. Where a line climbs, more data helps that algorithm.</source>
        <translation>每个点是该区段内档案的平均值(括号内为档案数),并附 95% 区间。曲线上升之处,说明更多数据对该算法有帮助。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="399" />
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="402" />
        <source>share (%)</source>
        <translation>占比(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="411" />
        <source>Popularity bias: head to long tail</source>
        <translation>流行度偏差:从头部到长尾</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="417" />
        <source>items ranked by popularity (share of the catalogue)</source>
        <translation>按流行度排序的条目(占目录的比例)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="426" />
        <source>No recommendations to place on the catalogue.</source>
        <translation>没有可放到目录上的推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="433" />
        <source>Interactions in the catalogue</source>
        <translation>目录中的交互</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="444" />
        <source>{0}: {1:.0%} from the long tail</source>
        <translation>{0}:{1:.0%} 来自长尾</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="450" />
        <source>Grey: how the catalogue's interactions spread from the most popular tenth of the items to the least. Coloured: where each algorithm's recommendations fall. {0}.</source>
        <translation>灰色:目录中的交互从最热门的十分之一条目到最冷门条目的分布。彩色:各算法推荐所落的位置。{0}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="463" />
        <source>top {0:g} %</source>
        <translation>前 {0:g}%</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="476" />
        <source>Genre calibration: history against recommendations</source>
        <translation>类型校准:历史与推荐对比</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="487" />
        <source>The items have no genres: nothing to calibrate.</source>
        <translation>条目没有类型:无可校准。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="492" />
        <source>History of {0}</source>
        <translation>{0} 的历史</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="502" />
        <source>A calibrated list has the genres of the history in the same proportions. Closest over all tested profiles: {0} (divergence {1:.2f}; 0 is a perfect match).</source>
        <translation>校准良好的列表与历史中的类型比例相同。在所有被测档案上最接近的是:{0}(散度 {1:.2f};0 表示完全一致)。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="511" />
        <source>A calibrated list has the genres of the history.</source>
        <translation>校准良好的列表与历史中的类型一致。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="522" />
        <source>Catalogue map</source>
        <translation>目录地图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="539" />
        <source>No map: the items have nothing to place them by.</source>
        <translation>无地图:条目没有可用于定位的信息。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="545" />
        <source>Catalogue map ({0}, PCA)</source>
        <translation>目录地图({0},PCA)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="562" />
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="566" />
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="573" />
        <source>Held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="581" />
        <source>Recommended by {0}</source>
        <translation>{0} 的推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="600" />
        <source>the current profile</source>
        <translation>当前档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="602" />
        <source>Each dot is an item; nearby items are alike. {0}'s history is dark, the items held out for the test are green squares, and stars are what {1} recommended. Hover a dot to name it; scroll to zoom.</source>
        <translation>每个点是一个条目,相近的条目彼此相似。{0} 的历史为深色,留作测试的条目为绿色方块,星形是 {1} 的推荐。将鼠标悬停在点上可查看名称;滚动可缩放。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="629" />
        <source>Item: {0}</source>
        <translation>条目:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="648" />
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="679" />
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="651" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="652" />
        <source>done (%)</source>
        <translation>完成(%)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="674" />
        <source>Waiting for the job to start…</source>
        <translation>正在等待任务开始…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/lab_charts.py" line="694" />
        <source>{0} — {1:.0%} after {2:.1f} s. Dots mark each new training epoch (the engine reports progress per epoch, not the loss).</source>
        <translation>{0} — {2:.1f} 秒后完成 {1:.0%}。圆点标出每个新的训练轮次(引擎按轮次报告进度,而非损失)。</translation>
    </message>
</context>
<context>
    <name>LibraryFilterBar</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="38" />
        <source>Filter by genre</source>
        <extracomment>The year boxes show this as "any" (their minimum), so no filter is set by default.</extracomment>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="43" />
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="117" />
        <source>Any genre</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="50" />
        <source>Earliest year</source>
        <translation>最早年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="51" />
        <source>Latest year</source>
        <translation>最晚年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="54" />
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="61" />
        <source>Filter by your rating</source>
        <translation>按你的评分筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="62" />
        <source>Any rating</source>
        <translation>任意评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="63" />
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="64" />
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="66" />
        <source>{0}★ or more</source>
        <translation>{0}★ 及以上</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="70" />
        <source>Filter by plays</source>
        <translation>按播放筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="71" />
        <source>Played or not</source>
        <translation>播放与否均可</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="72" />
        <source>Played</source>
        <translation>已播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="73" />
        <source>Never played</source>
        <translation>从未播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="77" />
        <source>Filter by file</source>
        <translation>按文件筛选</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="78" />
        <source>Any file</source>
        <translation>任意文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="79" />
        <source>File missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="80" />
        <source>File present</source>
        <translation>文件存在</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="82" />
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="86" />
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/filter_bar.py" line="88" />
        <source>Years</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="70" />
        <source>Music</source>
        <extracomment>A short message for the status bar (a rating stored, a write refused). A rating or mark was written here, so other screens re-read.</extracomment>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="70" />
        <source>track</source>
        <translation>首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="70" />
        <source>tracks</source>
        <translation>首曲目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="71" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="71" />
        <source>artist</source>
        <translation>位艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="71" />
        <source>artists</source>
        <translation>位艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="72" />
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="72" />
        <source>film</source>
        <translation>部电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="72" />
        <source>films</source>
        <translation>部电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="77" />
        <source>Search title, artist, album, genre (Ctrl+F)</source>
        <translation>搜索标题、艺术家、专辑、类型 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="79" />
        <source>Search the library</source>
        <translation>搜索媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="137" />
        <source>Edit metadata</source>
        <translation>编辑元数据</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="257" />
        <source>Choose a profile first</source>
        <translation>请先选择一个档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="330" />
        <source>{0:,} of {1:,} {2} shown (filtered)</source>
        <translation>显示 {1:,} {2}中的 {0:,} 个(已筛选)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="333" />
        <source>{0:,} of {1:,} {2} match “{3}”</source>
        <translation>{1:,} {2}中有 {0:,} 个匹配“{3}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="336" />
        <source>{0:,} {1}</source>
        <translation>{0:,} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="359" />
        <source>Rated {0} of 5 stars</source>
        <translation>已评为 {0} 星(满分 5 星)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="361" />
        <source>Rated {0} items {1} of 5 stars</source>
        <translation>已将 {0} 个条目评为 {1} 星</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="365" />
        <source>Rating cleared</source>
        <translation>评分已清除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="367" />
        <source>Cleared the ratings of {0} items</source>
        <translation>已清除 {0} 个条目的评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="388" />
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="391" />
        <source>Clear rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="404" />
        <source>&amp;Not interested</source>
        <translation>不感兴趣(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="405" />
        <source>&amp;Don't learn from this</source>
        <translation>不从此学习(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="420" />
        <source>&amp;Edit metadata…	Ctrl+E</source>
        <translation>编辑元数据(&amp;E)…	Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="424" />
        <source>&amp;Open with the system player</source>
        <translation>用系统播放器打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="428" />
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/library_view.py" line="441" />
        <source>{0} ({1:,})</source>
        <translation>{0}({1:,})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="112" />
        <source>Screens</source>
        <extracomment>Write-lane jobs that do not change what the library tables show (no refresh after them). Jobs the screens start and withdraw by themselves; their cancelling is no news to a person. Restore the open library from this backup file (confirmed in Settings). The handler (the composition root) must close every connection to the library first; without a handler Settings offers no restore. The current profile changed (its id, or None).</extracomment>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="114" />
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="114" />
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="114" />
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="114" />
        <source>Model Lab</source>
        <translation>模型实验室</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="118" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="149" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="157" />
        <location filename="../../desktop_recsys/ui/main_window.py" line="546" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="178" />
        <source>Show the jobs panel</source>
        <translation>显示任务面板</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="319" />
        <source>{0}: started</source>
        <translation>{0}:已开始</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="325" />
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="350" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="351" />
        <source>&amp;Open Library…</source>
        <translation>打开媒体库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="355" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="361" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="367" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="373" />
        <source>&amp;Profile</source>
        <translation>档案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="374" />
        <source>&amp;Manage Profiles…</source>
        <translation>管理档案(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="378" />
        <source>&amp;Train Now</source>
        <translation>立即训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="383" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="384" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="392" />
        <source>&amp;Library</source>
        <translation>媒体库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="393" />
        <source>&amp;For You</source>
        <translation>为你推荐(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="394" />
        <source>&amp;Insights</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="395" />
        <source>&amp;Model Lab</source>
        <translation>模型实验室(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="407" />
        <source>&amp;Music</source>
        <translation>音乐(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="408" />
        <source>&amp;Artists</source>
        <translation>艺术家(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="409" />
        <source>F&amp;ilms</source>
        <translation>电影(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="419" />
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="422" />
        <source>&amp;Details Pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="429" />
        <source>Cancel the Running Job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="436" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="437" />
        <source>&amp;About desktop_recsys</source>
        <translation>关于 desktop_recsys(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="476" />
        <source>Open Library</source>
        <translation>打开媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="478" />
        <source>Libraries (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>媒体库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="486" />
        <source>About desktop_recsys</source>
        <translation>关于 desktop_recsys</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="488" />
        <source>&lt;b&gt;desktop_recsys&lt;/b&gt; {0}&lt;br&gt;Recommendations for the music and films on your own computer. It works offline: nothing leaves this machine.</source>
        <translation>&lt;b&gt;desktop_recsys&lt;/b&gt; {0}&lt;br&gt;为你电脑上的音乐和电影提供推荐。完全离线运行:任何数据都不会离开本机。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="546" />
        <source>Jobs ({0})</source>
        <translation>任务({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="548" />
        <source>Show or hide every running and past job (Ctrl+J)</source>
        <translation>显示或隐藏所有正在运行和已完成的任务 (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="568" />
        <source>{0}: done</source>
        <translation>{0}:完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="574" />
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="575" />
        <source>{0}: cancelled</source>
        <translation>{0}:已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="579" />
        <source>A job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="580" />
        <source>{0} failed: {1}</source>
        <translation>{0} 失败:{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="584" />
        <source>{0} failed</source>
        <translation>{0} 失败</translation>
    </message>
</context>
<context>
    <name>ModelLabView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="140" />
        <source>Algorithms to compare</source>
        <extracomment>Charts drawn from a run's result (the progress chart is drawn live instead). Cutoffs K accepted in the "Cutoffs" box. A run's result is shown (the table and charts are filled).</extracomment>
        <translation>要比较的算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="141" />
        <source>Tick the algorithms to compare (Space ticks)</source>
        <translation>勾选要比较的算法(空格键勾选)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="142" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="148" />
        <source>Which items to evaluate on</source>
        <translation>在哪些条目上评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="150" />
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="151" />
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="152" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="158" />
        <source>Evaluation protocol</source>
        <translation>评估方案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="159" />
        <source>Random holdout</source>
        <translation>随机留出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="160" />
        <source>Last items by time</source>
        <translation>按时间的最后条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="161" />
        <source>k-fold cross-validation</source>
        <translation>k 折交叉验证</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="164" />
        <source>Hold out 20 % of each profile's items at random</source>
        <translation>随机留出每个档案 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="169" />
        <source>Hold out each profile's most recent items: would it have predicted them?</source>
        <translation>留出每个档案最近的条目:它能预测到吗?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="173" />
        <source>Every item is held out once, in k rounds</source>
        <translation>每个条目在 k 轮中各留出一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="179" />
        <source>Number of folds k</source>
        <translation>折数 k</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="183" />
        <source>20 %</source>
        <translation>20%</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="184" />
        <source>How many recent items to hold out</source>
        <translation>留出多少个最近的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="185" />
        <source>How many of the latest items to hold out per profile</source>
        <translation>每个档案留出多少个最新的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="189" />
        <source>Whose results count</source>
        <translation>计入谁的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="190" />
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="986" />
        <source>All profiles</source>
        <translation>所有档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="194" />
        <source>Cutoffs K</source>
        <translation>截断值 K</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="196" />
        <source>List lengths to measure, such as 10 or 10, 20 (NDCG@10, Recall@20…)</source>
        <translation>要测量的列表长度,例如 10 或 10, 20(NDCG@10、Recall@20…)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="200" />
        <source>Use &amp;tuned settings</source>
        <translation>使用调优后的设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="203" />
        <source>Evaluate each algorithm with the settings its last tuning chose</source>
        <translation>用每个算法上次调优选出的设置来评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="209" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="210" />
        <source>Tuning time per algorithm</source>
        <translation>每个算法的调优时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="212" />
        <source>&amp;Run evaluation</source>
        <translation>运行评估(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="216" />
        <source>Measure the ticked algorithms (Ctrl+Enter)</source>
        <translation>测量勾选的算法(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="217" />
        <source>T&amp;une</source>
        <translation>调优(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="220" />
        <source>Search better settings for each ticked algorithm within the time budget</source>
        <translation>在时间预算内为每个勾选的算法搜索更好的设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="222" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="228" />
        <source>Progress of the Lab's job</source>
        <translation>实验室任务的进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="242" />
        <source>&amp;Items:</source>
        <translation>条目(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="243" />
        <source>&amp;Protocol:</source>
        <translation>方案(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="244" />
        <source>&amp;Folds k:</source>
        <translation>折数 k(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="246" />
        <source>&amp;Hold out:</source>
        <translation>留出(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="248" />
        <source>P&amp;rofiles:</source>
        <translation>档案(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="249" />
        <source>Cutoffs &amp;K:</source>
        <translation>截断值 K(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="262" />
        <source>&amp;Algorithms:</source>
        <translation>算法(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="282" />
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="428" />
        <source>Tick some algorithms and run an evaluation.</source>
        <translation>勾选一些算法,然后运行评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="288" />
        <source>E&amp;xport table</source>
        <translation>导出表格(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="289" />
        <source>Export the results table</source>
        <translation>导出结果表格</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="292" />
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="293" />
        <source>As HTML page…</source>
        <translation>导出为 HTML 页面…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="294" />
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="304" />
        <source>Evaluation results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="336" />
        <source>Metric of the bars and the learning curve</source>
        <translation>柱状图和学习曲线所用的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="343" />
        <source>Whose recommendations the map shows</source>
        <translation>地图显示谁的推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="348" />
        <source>Export c&amp;hart</source>
        <translation>导出图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="349" />
        <source>Export the chart shown</source>
        <translation>导出当前显示的图表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="352" />
        <source>As PNG image…</source>
        <translation>导出为 PNG 图像…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="353" />
        <source>As SVG drawing…</source>
        <translation>导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="357" />
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="360" />
        <source>&amp;Map shows:</source>
        <translation>地图显示(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="494" />
        <source>Tick at least one algorithm.</source>
        <translation>请至少勾选一个算法。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="497" />
        <source>Cutoffs are whole numbers from 1 to 500, such as 10 or 10, 20.</source>
        <translation>截断值是 1 到 500 之间的整数,例如 10 或 10, 20。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="519" />
        <source>Evaluating {0}…</source>
        <translation>正在评估 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="527" />
        <source>Tick the algorithms to tune.</source>
        <translation>请勾选要调优的算法。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="549" />
        <source>Tuning {0}…</source>
        <translation>正在调优 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="559" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="563" />
        <source>Run an evaluation first.</source>
        <translation>请先运行评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="566" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="567" />
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="568" />
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="572" />
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="633" />
        <source>{0} of {1}: {2}</source>
        <translation>第 {0}/{1} 个:{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="651" />
        <source>Done in {0:.1f} s.</source>
        <translation>用时 {0:.1f} 秒完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="657" />
        <source>Tuning done.</source>
        <translation>调优完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="660" />
        <source>Exported the results to {0}</source>
        <translation>已将结果导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="667" />
        <source>Could not list the algorithms: {0}</source>
        <translation>无法列出算法:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="672" />
        <source>The evaluation failed: {0}</source>
        <translation>评估失败:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="675" />
        <source>Tuning failed: {0}</source>
        <translation>调优失败:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="688" />
        <source>Evaluation cancelled; the table still shows the previous run.</source>
        <translation>评估已取消;表格仍显示上一次的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="694" />
        <source>Tuning cancelled; nothing was stored.</source>
        <translation>调优已取消;未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="705" />
        <source>{0}. {1:,} profiles and {2:,} items; {3:,} interactions to learn from, {4:,} held out; {5:,} profiles tested.</source>
        <translation>{0}。{1:,} 个档案,{2:,} 个条目;{3:,} 个用于学习的交互,{4:,} 个留出;测试了 {5:,} 个档案。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="744" />
        <source>{0}-fold cross-validation</source>
        <translation>{0} 折交叉验证</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="747" />
        <source>The last {0} items of each profile, by time</source>
        <translation>按时间,每个档案最后 {0} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="748" />
        <source>The most recent 20 % of each profile's items</source>
        <translation>每个档案最近 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="749" />
        <source>Random holdout of 20 % of each profile's items</source>
        <translation>随机留出每个档案 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="755" />
        <source>Run two or more algorithms to compare them.</source>
        <translation>运行两个或更多算法即可比较它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="775" />
        <source>The interval leaves out zero: a clear difference.</source>
        <translation>区间不包含零:差异明显。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="777" />
        <source>The interval includes zero: this could be chance.</source>
        <translation>区间包含零:这可能出于偶然。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="780" />
        <source>A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to {5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} profiles. {8}</source>
        <translation>A 与 B 在 {0} 上的比较:{1} 平均比 {2} 高 {3:.3f}(95% 区间 {4:.3f} 至 {5:.3f}),在 {7:,} 个档案的重抽样中有 {6:.0%} 领先。{8}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="858" />
        <source>{0}: no trial finished within the budget; nothing was stored.</source>
        <translation>{0}:预算内没有试验完成;未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="863" />
        <source>{0}: the default settings stayed best ({1} {2:.3f}, {3} trials in {4:.0f} s).</source>
        <translation>{0}:默认设置仍是最佳({1} {2:.3f},{4:.0f} 秒内 {3} 次试验)。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="871" />
        <source>{0}: {1} {2:.3f} with {3} (defaults: {4}); {5} trials in {6:.0f} s. Stored; tick “Use tuned settings” to evaluate with it.</source>
        <translation>{0}:使用 {3} 时 {1} 为 {2:.3f}(默认:{4});{6:.0f} 秒内 {5} 次试验。已保存;勾选“使用调优后的设置”即可用它评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="895" />
        <source>Preparing the charts…</source>
        <translation>正在准备图表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="935" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="936" />
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="937" />
        <source>Popularity bias</source>
        <translation>流行度偏差</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="938" />
        <source>Genre calibration</source>
        <translation>类型校准</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="939" />
        <source>Catalogue map</source>
        <translation>目录地图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="940" />
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
</context>
<context>
    <name>PlaylistMenu</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="37" />
        <source>Added {0} item(s) to “{1}”</source>
        <extracomment>Called with a one-line message for the status bar once the items were added (or not).</extracomment>
        <translation>已将 {0} 个条目添加到“{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="52" />
        <source>Add to &amp;playlist</source>
        <translation>添加到播放列表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="72" />
        <source>New playlist</source>
        <translation>新建播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="73" />
        <source>Name of the new playlist:</source>
        <translation>新播放列表的名称:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/playlist_menu.py" line="78" />
        <source>&amp;New playlist…</source>
        <translation>新建播放列表(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcherWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="22" />
        <source>&amp;Profile:</source>
        <translation>档案(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="25" />
        <source>Current profile</source>
        <translation>当前档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="30" />
        <source>Whose ratings and recommendations are shown</source>
        <translation>显示谁的评分和推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="34" />
        <source>Profiles…</source>
        <translation>档案…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="35" />
        <source>Manage profiles</source>
        <translation>管理档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="37" />
        <source>Create, rename or delete profiles; friends and privacy</source>
        <translation>创建、重命名或删除档案;好友与隐私</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/profile_switcher.py" line="64" />
        <source>No profile yet</source>
        <translation>还没有档案</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="65" />
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="73" />
        <source>Profiles</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="78" />
        <source>New profile name</source>
        <translation>新档案名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="79" />
        <source>Name of the new profile</source>
        <translation>新档案的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="80" />
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="91" />
        <source>Name of the selected profile</source>
        <translation>所选档案的名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="92" />
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="96" />
        <source>&amp;Delete profile…</source>
        <translation>删除档案(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="100" />
        <source>Record what this profile plays</source>
        <translation>记录此档案的播放内容</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="103" />
        <source>Friends' recommendations may learn from this profile</source>
        <translation>好友的推荐可以从此档案学习</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="111" />
        <source>Friends of the selected profile</source>
        <translation>所选档案的好友</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="128" />
        <source>Selected profile</source>
        <translation>所选档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="133" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="136" />
        <source>Privacy:</source>
        <translation>隐私:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="138" />
        <source>&amp;Friends:</source>
        <translation>好友(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="192" />
        <source>rating</source>
        <translation>条评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="192" />
        <source>ratings</source>
        <translation>条评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="193" />
        <source>play</source>
        <translation>次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="193" />
        <source>plays</source>
        <translation>次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="195" />
        <source>“not interested” or “don't learn” mark</source>
        <translation>个“不感兴趣”或“不从此学习”标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="196" />
        <source>“not interested” or “don't learn” marks</source>
        <translation>个“不感兴趣”或“不从此学习”标记</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="198" />
        <source>friendship</source>
        <translation>个好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="198" />
        <source>friendships</source>
        <translation>个好友关系</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="199" />
        <source>playlist</source>
        <translation>个播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="199" />
        <source>playlists</source>
        <translation>个播放列表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="207" />
        <source>This erases its {0}.</source>
        <translation>这将删除其 {0}。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="207" />
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="209" />
        <source>It has no ratings, plays, marks, friends or playlists.</source>
        <translation>它没有评分、播放记录、标记、好友或播放列表。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="211" />
        <source>Delete the profile “{0}”?

{1}

The items in the library and the other profiles are kept. This cannot be undone.</source>
        <translation>删除档案“{0}”?

{1}

媒体库中的条目和其他档案会被保留。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="253" />
        <source>Delete profile</source>
        <translation>删除档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="276" />
        <source>Profile “{0}”</source>
        <translation>档案“{0}”</translation>
    </message>
</context>
<context>
    <name>RecommendationsTableModel</name>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="44" />
        <source>#</source>
        <extracomment>Column headers, marked for lupdate; translated when a model makes its columns.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="45" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="46" />
        <source>Artist</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="47" />
        <source>Director</source>
        <translation>导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="48" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="49" />
        <source>Genres</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="50" />
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="51" />
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="52" />
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="220" />
        <source>Click a star or press 1-5 to rate; 0 clears</source>
        <translation>点击星星或按 1-5 评分;按 0 清除</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/models/recommendations_table_model.py" line="228" />
        <source>Popular pick: the model knows too little to judge this one</source>
        <translation>热门推荐:模型对此了解太少,无法判断</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="93" />
        <source>Settings</source>
        <extracomment>Language codes offered (``system``: the computer's language if translated, else English). A confirmed restore: the backup file to put in place of the library. A rescan or backup job was submitted (its id), for the caller's status line.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="104" />
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="105" />
        <source>L&amp;ibrary</source>
        <translation>媒体库(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="106" />
        <source>&amp;Backups</source>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="132" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="135" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="135" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="135" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="141" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="145" />
        <source>The system's language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="150" />
        <source>Training threads</source>
        <translation>训练线程数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="153" />
        <source>How many processor cores training may use; fewer keep the computer snappier</source>
        <translation>训练可使用的处理器核心数;越少电脑越流畅</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="177" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="178" />
        <source>Show the library file's folder</source>
        <translation>显示媒体库文件所在的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="183" />
        <source>Library file:</source>
        <translation>媒体库文件:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="185" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="186" />
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="193" />
        <source>Scanned &amp;folders:</source>
        <translation>扫描的文件夹(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="196" />
        <source>Folders this library is scanned from</source>
        <translation>此媒体库扫描的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="201" />
        <source>&amp;Rescan now</source>
        <translation>立即重新扫描(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="204" />
        <source>Scan every folder again: new files are added, changed ones updated</source>
        <translation>再次扫描每个文件夹:添加新文件,更新已更改的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="207" />
        <source>Re&amp;move from list</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="209" />
        <source>Stop rescanning this folder (its items stay in the library)</source>
        <translation>不再重新扫描此文件夹(其条目仍保留在媒体库中)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="231" />
        <source>A backup is a complete copy of the library: profiles, ratings, plays and playlists. One is taken every week, before a large import and before a restore; the newest ones are kept.</source>
        <translation>备份是媒体库的完整副本:档案、评分、播放记录和播放列表。每周、大型导入之前和恢复之前都会自动备份;保留最新的若干份。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="240" />
        <source>Backups of this library</source>
        <translation>此媒体库的备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="243" />
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="243" />
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="243" />
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="249" />
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="252" />
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="255" />
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="279" />
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="284" />
        <source>{0} (not found)</source>
        <translation>{0}(未找到)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="281" />
        <source>Rating tags count for {0}</source>
        <translation>评分标签计入{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="287" />
        <source>Folders you scan with File ▸ Import… are listed here.</source>
        <translation>通过“文件 ▸ 导入…”扫描的文件夹会列在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="289" />
        <source>Rescans are incremental: unchanged files are skipped.</source>
        <translation>重新扫描是增量的:未更改的文件会被跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="320" />
        <source>No library is open.</source>
        <translation>没有打开的媒体库。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="333" />
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="348" />
        <source>No backups yet. They are kept in {0}</source>
        <translation>还没有备份。备份保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="353" />
        <source>To restore, quit the app and run: desktop-recsys restore FILE (backups are kept in {0})</source>
        <translation>如需恢复,请退出本应用并运行:desktop-recsys restore 文件(备份保存在 {0})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="358" />
        <source>Backups are kept in {0}</source>
        <translation>备份保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="363" />
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="364" />
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="365" />
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="366" />
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="369" />
        <source>Before an upgrade (version {0})</source>
        <translation>升级之前(版本 {0})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="380" />
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="398" />
        <source>Restore the library?</source>
        <translation>恢复媒体库?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="399" />
        <source>Replace the library with the backup taken {0}?</source>
        <translation>用 {0} 的备份替换媒体库?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="405" />
        <source>Everything added or changed since then (ratings, plays, profiles, playlists and imports) will no longer be in the library. The library as it is now is first kept as a backup (“Before a restore”), so you can go back.

Running jobs are cancelled, the backup is checked, and the library is reopened. Trained models are kept; retrain them if their data changed.</source>
        <translation>此后添加或更改的所有内容(评分、播放记录、档案、播放列表和导入)都将不再存在于媒体库中。媒体库的当前状态会先保存为一份备份(“恢复之前”),因此你可以再恢复回来。

正在运行的任务会被取消,备份会先经过检查,然后重新打开媒体库。已训练的模型会保留;如果其数据已更改,请重新训练。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="412" />
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="459" />
        <source>Restoring needs the library closed: quit the app and use the command line</source>
        <translation>恢复需要先关闭媒体库:请退出本应用并使用命令行</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="156" />
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="157" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="158" />
        <source>Training &amp;threads:</source>
        <translation>训练线程数(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="191" />
        <source>Data folder:</source>
        <translation>数据文件夹:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="160" />
        <source>A new language or number of threads takes effect when you restart the app.</source>
        <translation>新的语言或线程数将在重新启动应用后生效。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="41" />
        <source>Welcome to desktop_recsys</source>
        <translation>欢迎使用 desktop_recsys</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="42" />
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;欢迎!&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="45" />
        <source>desktop_recsys recommends music and films from your own library, on this computer only: nothing leaves it. Let's set it up; you can change everything later.</source>
        <translation>desktop_recsys 根据你自己的媒体库推荐音乐和电影,一切只在这台电脑上进行:任何数据都不会离开它。现在开始设置吧,之后随时可以更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="54" />
        <source>Your profile's name</source>
        <translation>你的档案名称</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="57" />
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="63" />
        <source>&amp;Try the demo library</source>
        <translation>试用演示媒体库(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="65" />
        <source>A made-up library of 2,000 tracks and 800 films with listeners, ready in seconds. Good for a first look.</source>
        <translation>一个虚构的媒体库,包含 2,000 首曲目、800 部电影和听众,几秒钟即可就绪。适合初次体验。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="70" />
        <source>Scan a &amp;folder of my music or films</source>
        <translation>扫描我的音乐或电影文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="71" />
        <source>Reads titles, artists and ratings from your files; rescans are quick.</source>
        <translation>从你的文件中读取标题、艺术家和评分;重新扫描很快。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="74" />
        <source>&amp;Import a data set or my history</source>
        <translation>导入数据集或我的记录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="75" />
        <source>MovieLens, Last.fm, ListenBrainz, Letterboxd, IMDb or any CSV file.</source>
        <translation>MovieLens、Last.fm、ListenBrainz、Letterboxd、IMDb 或任意 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="83" />
        <source>&lt;b&gt;Start with:&lt;/b&gt;</source>
        <translation>&lt;b&gt;开始方式:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/welcome_dialog.py" line="100" />
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop_recsys/app.py" line="294" />
        <source>Cannot open library</source>
        <translation>无法打开媒体库</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/profiles_dialog.py" line="39" />
        <source>Delete</source>
        <extracomment>Asks a yes/no question: (parent, title, text) -&gt; True to go ahead.</extracomment>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop_recsys/app.py" line="125" />
        <source>Cannot open library</source>
        <extracomment>Unattended runs (the packaging test, start-up timing): when set, the app prints ``desktop-recsys: ready &lt;unix time&gt;`` once the main window is shown and the event loop is idle, then quits; an error dialog prints its text and closes itself (nobody is there to click OK). True on a first start (the default library, empty): the welcome should be shown.</extracomment>
        <translation>无法打开媒体库</translation>
    </message>
</context>
</TS>
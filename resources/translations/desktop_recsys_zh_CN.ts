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
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="594" />
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
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="496" />
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
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="496" />
        <source>&amp;Group ({0})…</source>
        <translation>群组({0})(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="543" />
        <source>Training {0}…</source>
        <translation>正在训练 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="554" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="585" />
        <source>“{0}” will not be recommended again</source>
        <translation>将不再推荐“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="596" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="596" />
        <source>M3U8 playlist (*.m3u8)</source>
        <translation>M3U8 播放列表 (*.m3u8)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="611" />
        <source>Recommended for you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="649" />
        <source>The new model is ready</source>
        <translation>新模型已就绪</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="655" />
        <source>Exported the list to {0}</source>
        <translation>列表已导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="664" />
        <source>Could not get recommendations: {0}</source>
        <translation>无法获取推荐:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="681" />
        <source>Training cancelled; the previous model still serves</source>
        <translation>训练已取消;仍使用之前的模型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="702" />
        <source>No model has been trained for this yet. Press “Train now”; it takes a few seconds on a small library.</source>
        <translation>尚未为此训练模型。请按“立即训练”;小型媒体库只需几秒钟。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="713" />
        <source>New ratings or plays since this model was trained ({0}). Train now for fresher picks.</source>
        <translation>此模型训练后({0})有新的评分或播放记录。立即训练可获得更新的推荐。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="723" />
        <source>{0} recommendations from {1} (model {2}, trained {3})</source>
        <translation>来自 {1} 的 {0} 条推荐(模型 {2},训练于{3})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="755" />
        <source>average</source>
        <translation>平均</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="755" />
        <source>least misery</source>
        <translation>最小痛苦</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="756" />
        <source>A shared list for {0} ({1}).</source>
        <translation>{0} 的共享列表({1})。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="758" />
        <source>No model yet for {0}: train for them to include them.</source>
        <translation>{0} 还没有模型:为其训练后即可加入。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="763" />
        <source>No shared picks yet: each member needs a trained model (Train now) first.</source>
        <translation>暂无共享推荐:每位成员都需要先训练模型(立即训练)。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="780" />
        <source>Because you liked “{0}”</source>
        <translation>因为你喜欢“{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="802" />
        <source>Recommend together with:</source>
        <translation>一起推荐给:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="811" />
        <source>Combine by &amp;average</source>
        <translation>按平均值合并(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="812" />
        <source>Combine by &amp;least misery (nobody hates it)</source>
        <translation>按最小痛苦合并(没人讨厌)(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="820" />
        <source>Just me again</source>
        <translation>仅我自己</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="857" />
        <source>Why this?</source>
        <translation>为什么推荐?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="858" />
        <source>Select a recommendation to see what it is based on.</source>
        <translation>选择一条推荐以查看推荐依据。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="865" />
        <source>Popular with everyone</source>
        <translation>广受欢迎</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="867" />
        <source>(A popular pick: the model knows too little about this one.)</source>
        <translation>(热门推荐:模型对此了解太少。)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="871" />
        <source>How much each member of the group would like it:</source>
        <translation>群组中每位成员的喜欢程度:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="946" />
        <source>&amp;Rate</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="948" />
        <source>Clear rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/for_you_view.py" line="952" />
        <source>&amp;Not interested	Del</source>
        <translation>不感兴趣(&amp;N)	Del</translation>
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
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="50" />
        <source>Which items to summarise</source>
        <translation>要汇总的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="53" />
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="100" />
        <source>Choose a profile to see its insights.</source>
        <translation>选择一个档案以查看其洞察。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="129" />
        <source>Ratings (stars)</source>
        <translation>评分(星级)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="130" />
        <source>Plays per month</source>
        <translation>每月播放次数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="131" />
        <source>Top genres</source>
        <translation>最常见类型</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="132" />
        <source>Top artists and directors</source>
        <translation>最常见的艺术家和导演</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="186" />
        <source>plays + stars of liked items</source>
        <translation>喜欢条目的播放次数 + 星级</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="189" />
        <source>{0:,} ratings and {1:,} plays</source>
        <translation>{0:,} 条评分,{1:,} 次播放</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="194" />
        <source>Taste in common with friends (share of liked items): {0}</source>
        <translation>与好友的共同品味(喜欢条目的重合比例):{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/insights_view.py" line="199" />
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
    <name>JobStatusWidget</name>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="34" />
        <source>Job progress</source>
        <translation>任务进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="35" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="37" />
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="61" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="102" />
        <source>{0} (waiting)</source>
        <translation>{0}(等待中)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/widgets/job_status_widget.py" line="107" />
        <source>{0} (+{1} more)</source>
        <translation>{0}(另有 {1} 个)</translation>
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
        <location filename="../../desktop_recsys/ui/main_window.py" line="106" />
        <source>Screens</source>
        <extracomment>Write-lane jobs that do not change what the library tables show (no refresh after them). Jobs the screens start and withdraw by themselves; their cancelling is no news to a person. The current profile changed (its id, or None).</extracomment>
        <translation>界面</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="108" />
        <source>Library</source>
        <translation>媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="108" />
        <source>For you</source>
        <translation>为你推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="108" />
        <source>Insights</source>
        <translation>洞察</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="108" />
        <source>Model Lab</source>
        <translation>模型实验室</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="112" />
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="143" />
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="151" />
        <location filename="../../desktop_recsys/ui/main_window.py" line="521" />
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="172" />
        <source>Show the jobs panel</source>
        <translation>显示任务面板</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="300" />
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="325" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="326" />
        <source>&amp;Open Library…</source>
        <translation>打开媒体库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="330" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="336" />
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="342" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="348" />
        <source>&amp;Profile</source>
        <translation>档案(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="349" />
        <source>&amp;Manage Profiles…</source>
        <translation>管理档案(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="353" />
        <source>&amp;Train Now</source>
        <translation>立即训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="358" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="359" />
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="367" />
        <source>&amp;Library</source>
        <translation>媒体库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="368" />
        <source>&amp;For You</source>
        <translation>为你推荐(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="369" />
        <source>&amp;Insights</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="370" />
        <source>&amp;Model Lab</source>
        <translation>模型实验室(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="382" />
        <source>&amp;Music</source>
        <translation>音乐(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="383" />
        <source>&amp;Artists</source>
        <translation>艺术家(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="384" />
        <source>F&amp;ilms</source>
        <translation>电影(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="394" />
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="397" />
        <source>&amp;Details Pane</source>
        <translation>详情面板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="404" />
        <source>Cancel the Running Job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="411" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="412" />
        <source>&amp;About desktop_recsys</source>
        <translation>关于 desktop_recsys(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="451" />
        <source>Open Library</source>
        <translation>打开媒体库</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="453" />
        <source>Libraries (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>媒体库 (*.sqlite *.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="461" />
        <source>About desktop_recsys</source>
        <translation>关于 desktop_recsys</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="463" />
        <source>&lt;b&gt;desktop_recsys&lt;/b&gt; {0}&lt;br&gt;Recommendations for the music and films on your own computer. It works offline: nothing leaves this machine.</source>
        <translation>&lt;b&gt;desktop_recsys&lt;/b&gt; {0}&lt;br&gt;为你电脑上的音乐和电影提供推荐。完全离线运行:任何数据都不会离开本机。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="521" />
        <source>Jobs ({0})</source>
        <translation>任务({0})</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="523" />
        <source>Show or hide every running and past job (Ctrl+J)</source>
        <translation>显示或隐藏所有正在运行和已完成的任务 (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="531" />
        <source>{0}: done</source>
        <translation>{0}:完成</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="537" />
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="538" />
        <source>{0}: cancelled</source>
        <translation>{0}:已取消</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="542" />
        <source>A job</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="543" />
        <source>{0} failed: {1}</source>
        <translation>{0} 失败:{1}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/main_window.py" line="547" />
        <source>{0} failed</source>
        <translation>{0} 失败</translation>
    </message>
</context>
<context>
    <name>ModelLabView</name>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="139" />
        <source>Algorithms to compare</source>
        <extracomment>Charts drawn from a run's result (the progress chart is drawn live instead). Cutoffs K accepted in the "Cutoffs" box. A run's result is shown (the table and charts are filled).</extracomment>
        <translation>要比较的算法</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="140" />
        <source>Tick the algorithms to compare (Space ticks)</source>
        <translation>勾选要比较的算法(空格键勾选)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="141" />
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="147" />
        <source>Which items to evaluate on</source>
        <translation>在哪些条目上评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="149" />
        <source>Films</source>
        <translation>电影</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="150" />
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="151" />
        <source>Artists</source>
        <translation>艺术家</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="157" />
        <source>Evaluation protocol</source>
        <translation>评估方案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="158" />
        <source>Random holdout</source>
        <translation>随机留出</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="159" />
        <source>Last items by time</source>
        <translation>按时间的最后条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="160" />
        <source>k-fold cross-validation</source>
        <translation>k 折交叉验证</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="163" />
        <source>Hold out 20 % of each profile's items at random</source>
        <translation>随机留出每个档案 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="168" />
        <source>Hold out each profile's most recent items: would it have predicted them?</source>
        <translation>留出每个档案最近的条目:它能预测到吗?</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="172" />
        <source>Every item is held out once, in k rounds</source>
        <translation>每个条目在 k 轮中各留出一次</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="178" />
        <source>Number of folds k</source>
        <translation>折数 k</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="182" />
        <source>20 %</source>
        <translation>20%</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="183" />
        <source>How many recent items to hold out</source>
        <translation>留出多少个最近的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="184" />
        <source>How many of the latest items to hold out per profile</source>
        <translation>每个档案留出多少个最新的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="188" />
        <source>Whose results count</source>
        <translation>计入谁的结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="189" />
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="983" />
        <source>All profiles</source>
        <translation>所有档案</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="193" />
        <source>Cutoffs K</source>
        <translation>截断值 K</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="195" />
        <source>List lengths to measure, such as 10 or 10, 20 (NDCG@10, Recall@20…)</source>
        <translation>要测量的列表长度,例如 10 或 10, 20(NDCG@10、Recall@20…)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="199" />
        <source>Use &amp;tuned settings</source>
        <translation>使用调优后的设置(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="202" />
        <source>Evaluate each algorithm with the settings its last tuning chose</source>
        <translation>用每个算法上次调优选出的设置来评估</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="208" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="209" />
        <source>Tuning time per algorithm</source>
        <translation>每个算法的调优时间</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="211" />
        <source>&amp;Run evaluation</source>
        <translation>运行评估(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="215" />
        <source>Measure the ticked algorithms (Ctrl+Enter)</source>
        <translation>测量勾选的算法(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="216" />
        <source>T&amp;une</source>
        <translation>调优(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="219" />
        <source>Search better settings for each ticked algorithm within the time budget</source>
        <translation>在时间预算内为每个勾选的算法搜索更好的设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="221" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="227" />
        <source>Progress of the Lab's job</source>
        <translation>实验室任务的进度</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="241" />
        <source>&amp;Items:</source>
        <translation>条目(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="242" />
        <source>&amp;Protocol:</source>
        <translation>方案(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="243" />
        <source>&amp;Folds k:</source>
        <translation>折数 k(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="245" />
        <source>&amp;Hold out:</source>
        <translation>留出(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="247" />
        <source>P&amp;rofiles:</source>
        <translation>档案(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="248" />
        <source>Cutoffs &amp;K:</source>
        <translation>截断值 K(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="261" />
        <source>&amp;Algorithms:</source>
        <translation>算法(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="281" />
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="427" />
        <source>Tick some algorithms and run an evaluation.</source>
        <translation>勾选一些算法,然后运行评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="287" />
        <source>E&amp;xport table</source>
        <translation>导出表格(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="288" />
        <source>Export the results table</source>
        <translation>导出结果表格</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="291" />
        <source>As CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="292" />
        <source>As HTML page…</source>
        <translation>导出为 HTML 页面…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="293" />
        <source>As JSON…</source>
        <translation>导出为 JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="303" />
        <source>Evaluation results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="335" />
        <source>Metric of the bars and the learning curve</source>
        <translation>柱状图和学习曲线所用的指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="342" />
        <source>Whose recommendations the map shows</source>
        <translation>地图显示谁的推荐</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="347" />
        <source>Export c&amp;hart</source>
        <translation>导出图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="348" />
        <source>Export the chart shown</source>
        <translation>导出当前显示的图表</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="351" />
        <source>As PNG image…</source>
        <translation>导出为 PNG 图像…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="352" />
        <source>As SVG drawing…</source>
        <translation>导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="356" />
        <source>&amp;Metric:</source>
        <translation>指标(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="359" />
        <source>&amp;Map shows:</source>
        <translation>地图显示(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="493" />
        <source>Tick at least one algorithm.</source>
        <translation>请至少勾选一个算法。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="496" />
        <source>Cutoffs are whole numbers from 1 to 500, such as 10 or 10, 20.</source>
        <translation>截断值是 1 到 500 之间的整数,例如 10 或 10, 20。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="517" />
        <source>Evaluating {0}…</source>
        <translation>正在评估 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="525" />
        <source>Tick the algorithms to tune.</source>
        <translation>请勾选要调优的算法。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="546" />
        <source>Tuning {0}…</source>
        <translation>正在调优 {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="556" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="560" />
        <source>Run an evaluation first.</source>
        <translation>请先运行评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="563" />
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="564" />
        <source>HTML page (*.html)</source>
        <translation>HTML 页面 (*.html)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="565" />
        <source>JSON (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="569" />
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="630" />
        <source>{0} of {1}: {2}</source>
        <translation>第 {0}/{1} 个:{2}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="648" />
        <source>Done in {0:.1f} s.</source>
        <translation>用时 {0:.1f} 秒完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="654" />
        <source>Tuning done.</source>
        <translation>调优完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="657" />
        <source>Exported the results to {0}</source>
        <translation>已将结果导出到 {0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="664" />
        <source>Could not list the algorithms: {0}</source>
        <translation>无法列出算法:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="669" />
        <source>The evaluation failed: {0}</source>
        <translation>评估失败:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="672" />
        <source>Tuning failed: {0}</source>
        <translation>调优失败:{0}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="685" />
        <source>Evaluation cancelled; the table still shows the previous run.</source>
        <translation>评估已取消;表格仍显示上一次的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="691" />
        <source>Tuning cancelled; nothing was stored.</source>
        <translation>调优已取消;未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="702" />
        <source>{0}. {1:,} profiles and {2:,} items; {3:,} interactions to learn from, {4:,} held out; {5:,} profiles tested.</source>
        <translation>{0}。{1:,} 个档案,{2:,} 个条目;{3:,} 个用于学习的交互,{4:,} 个留出;测试了 {5:,} 个档案。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="741" />
        <source>{0}-fold cross-validation</source>
        <translation>{0} 折交叉验证</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="744" />
        <source>The last {0} items of each profile, by time</source>
        <translation>按时间,每个档案最后 {0} 个条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="745" />
        <source>The most recent 20 % of each profile's items</source>
        <translation>每个档案最近 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="746" />
        <source>Random holdout of 20 % of each profile's items</source>
        <translation>随机留出每个档案 20% 的条目</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="752" />
        <source>Run two or more algorithms to compare them.</source>
        <translation>运行两个或更多算法即可比较它们。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="772" />
        <source>The interval leaves out zero: a clear difference.</source>
        <translation>区间不包含零:差异明显。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="774" />
        <source>The interval includes zero: this could be chance.</source>
        <translation>区间包含零:这可能出于偶然。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="777" />
        <source>A vs B on {0}: {1} beats {2} by {3:.3f} on average (95 % interval {4:.3f} to {5:.3f}) and comes out ahead in {6:.0%} of the resamples of {7:,} profiles. {8}</source>
        <translation>A 与 B 在 {0} 上的比较:{1} 平均比 {2} 高 {3:.3f}(95% 区间 {4:.3f} 至 {5:.3f}),在 {7:,} 个档案的重抽样中有 {6:.0%} 领先。{8}</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="855" />
        <source>{0}: no trial finished within the budget; nothing was stored.</source>
        <translation>{0}:预算内没有试验完成;未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="860" />
        <source>{0}: the default settings stayed best ({1} {2:.3f}, {3} trials in {4:.0f} s).</source>
        <translation>{0}:默认设置仍是最佳({1} {2:.3f},{4:.0f} 秒内 {3} 次试验)。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="868" />
        <source>{0}: {1} {2:.3f} with {3} (defaults: {4}); {5} trials in {6:.0f} s. Stored; tick “Use tuned settings” to evaluate with it.</source>
        <translation>{0}:使用 {3} 时 {1} 为 {2:.3f}(默认:{4});{6:.0f} 秒内 {5} 次试验。已保存;勾选“使用调优后的设置”即可用它评估。</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="892" />
        <source>Preparing the charts…</source>
        <translation>正在准备图表…</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="932" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="933" />
        <source>Learning curve</source>
        <translation>学习曲线</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="934" />
        <source>Popularity bias</source>
        <translation>流行度偏差</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="935" />
        <source>Genre calibration</source>
        <translation>类型校准</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="936" />
        <source>Catalogue map</source>
        <translation>目录地图</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/views/model_lab_view.py" line="937" />
        <source>Training progress</source>
        <translation>训练进度</translation>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="42" />
        <source>Settings</source>
        <extracomment>Language codes offered (``system``: the computer's language if translated, else English).</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="46" />
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="49" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="49" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="49" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="55" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="59" />
        <source>The system's language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="64" />
        <source>Training threads</source>
        <translation>训练线程数</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="67" />
        <source>How many processor cores training may use; fewer keep the computer snappier</source>
        <translation>训练可使用的处理器核心数;越少电脑越流畅</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="72" />
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="73" />
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="82" />
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="83" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="84" />
        <source>Training &amp;threads:</source>
        <translation>训练线程数(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="85" />
        <source>Data folder:</source>
        <translation>数据文件夹:</translation>
    </message>
    <message>
        <location filename="../../desktop_recsys/ui/dialogs/settings_dialog.py" line="87" />
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
        <location filename="../../desktop_recsys/app.py" line="277" />
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
        <location filename="../../desktop_recsys/app.py" line="124" />
        <source>Cannot open library</source>
        <extracomment>Unattended runs (the packaging test, start-up timing): when set, the app prints ``desktop-recsys: ready &lt;unix time&gt;`` once the main window is shown and the event loop is idle, then quits; an error dialog prints its text and closes itself (nobody is there to click OK). True on a first start (the default library, empty): the welcome should be shown.</extracomment>
        <translation>无法打开媒体库</translation>
    </message>
</context>
</TS>
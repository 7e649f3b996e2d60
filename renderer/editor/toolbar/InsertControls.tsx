import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { zh } from '../../../core/zh';
import { INSERT_CASE_COMMAND } from '../case/CasePlugin';
import { INSERT_CHART_COMMAND } from '../chart/ChartPlugin';
import { OPEN_DATA_PICKER_COMMAND } from '../data-field/DataFieldPlugin';
import { INSERT_FIGURES_COMMAND } from '../figure/FigurePlugin';
import { MAX_ROW_FIGURES, MIN_ROW_FIGURES } from '../figure/FigureRowNode';
import { pickPhotos } from '../figure/photo-upload';
import { INSERT_PAGE_BREAK_COMMAND } from '../page-break/PageBreakPlugin';
import { INSERT_CAPTIONED_TABLE_COMMAND } from '../table/ReportTablePlugin';
import { Icon, type IconName } from './icons';

/** 插入案例 / 图片 / 并排图片 / 图表 / 表格 / 数据 / 分页符. */
export function InsertControls({ disabled, onError }: { disabled: boolean; onError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();

  const insertPhotos = async (row: boolean) => {
    const { images, errors } = await pickPhotos();
    if (errors[0]) onError(errors[0].error.message);
    if (images.length === 0) return;
    // A row is 2–3 photos: missing ones become placeholders to fill in later.
    const slots = row
      ? [...images.slice(0, MAX_ROW_FIGURES), ...Array(Math.max(0, MIN_ROW_FIGURES - images.length)).fill(null)]
      : images;
    editor.dispatchCommand(INSERT_FIGURES_COMMAND, { images: slots, row });
  };

  return (
    <>
      <LabelledButton
        icon="caseStudy"
        title={zh.insert.caseStudy}
        label={zh.insert.short.caseStudy}
        disabled={disabled}
        onClick={() => editor.dispatchCommand(INSERT_CASE_COMMAND, undefined)}
      />
      <LabelledButton
        icon="image"
        title={zh.insert.figure}
        label={zh.insert.short.figure}
        disabled={disabled}
        onClick={() => void insertPhotos(false)}
      />
      <LabelledButton
        icon="imageRow"
        title={zh.insert.figureRow}
        label={zh.insert.short.figureRow}
        disabled={disabled}
        onClick={() => void insertPhotos(true)}
      />
      <LabelledButton
        icon="chart"
        title={zh.insert.chart}
        label={zh.insert.short.chart}
        disabled={disabled}
        onClick={() => editor.dispatchCommand(INSERT_CHART_COMMAND, undefined)}
      />
      <LabelledButton
        icon="table"
        title={zh.insert.table}
        label={zh.insert.short.table}
        disabled={disabled}
        onClick={() => editor.dispatchCommand(INSERT_CAPTIONED_TABLE_COMMAND, { rows: 3, columns: 3 })}
      />
      <LabelledButton
        icon="dataField"
        title={zh.dataField.insertTitle}
        label={zh.dataField.insert}
        disabled={disabled}
        onClick={() => editor.dispatchCommand(OPEN_DATA_PICKER_COMMAND, undefined)}
      />
      <button
        type="button"
        title={zh.insert.pageBreak}
        aria-label={zh.insert.pageBreak}
        disabled={disabled}
        onClick={() => editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined)}
      >
        <Icon name="pageBreak" />
      </button>
    </>
  );
}

/** A toolbar button with its icon and a short word beside it; the full name is its tooltip. */
function LabelledButton({
  icon,
  title,
  label,
  disabled,
  onClick,
}: {
  icon: IconName;
  title: string;
  label: string;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="with-label" title={title} disabled={disabled} onClick={onClick}>
      <Icon name={icon} />
      <span>{label}</span>
    </button>
  );
}

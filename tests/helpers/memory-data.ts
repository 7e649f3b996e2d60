import { computeData } from '../../core/data/compute';
import type { ReportData } from '../../core/data/data-schema';
import type { EditorStateJSON } from '../../core/document/editor-json';
import {
  addIndicators,
  addQuantities,
  changeQuantities,
  removeIndicators,
  removeQuantities,
} from '../../core/data/edit';
import { ReportError, type Result } from '../../core/errors';
import { withStarterData } from '../../core/templates/report-templates';
import { type DataCalls, DataStore } from '../../renderer/data/data-store';

/** A little school's 数据: three quantities and the indicator made of two of them. */
export function schoolData(): ReportData {
  const q = (id: string, name: string, unit: string, value: number | null) => ({
    id,
    name,
    value,
    unit,
    year: 2025,
    previous: null,
    source: '事业统计',
    note: '',
  });
  return {
    version: 1,
    quantities: [
      q('students', '在校生数', '人', 6531),
      q('full-time-teachers', '专任教师数', '人', 353),
      q('books', '纸质图书', '册', null),
    ],
    indicators: [
      {
        id: 'student-teacher-ratio',
        name: '生师比',
        formula: '在校生数 / 专任教师数',
        unit: ':1',
        decimals: 1,
        note: '',
      },
    ],
  };
}

/**
 * The data calls of the API answered in memory by core's own edits, as the Node side answers them (with `document` as
 * the saved text).
 */
export function memoryDataApi(initial: ReportData, document?: () => EditorStateJSON): DataCalls {
  let data = initial;
  const answer = async (edit: (d: ReportData) => ReportData): Promise<Result<ReturnType<typeof computeData>>> => {
    try {
      data = edit(data);
      return { ok: true, value: computeData(data) };
    } catch (err) {
      if (err instanceof ReportError) return { ok: false, error: err.error };
      throw err;
    }
  };
  return {
    'data.get': () => answer((d) => d),
    'data.set': ({ changes }) => answer((d) => changeQuantities(d, changes)),
    'data.add': ({ quantities }) => answer((d) => addQuantities(d, quantities)),
    'data.remove': ({ refs, force }) => answer((d) => removeQuantities(d, refs, { force, doc: document?.() })),
    'data.addIndicators': ({ indicators }) => answer((d) => addIndicators(d, indicators)),
    'data.addStarter': () => answer((d) => withStarterData(d, 'school')),
    'data.removeIndicators': ({ refs, force }) =>
      answer((d) => removeIndicators(d, refs, { force, doc: document?.() })),
  };
}

/** A store over memoryDataApi, loaded. */
export async function loadedStore(data = schoolData()): Promise<DataStore> {
  const store = new DataStore(memoryDataApi(data));
  const problem = await store.load();
  if (problem) throw new Error(problem);
  return store;
}

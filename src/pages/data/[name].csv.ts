// The CSV data files under `npm run dev` (src/data/open-data.ts, dataFilePaths).
import type { APIContext } from 'astro';
import { dataFilePaths, dataFileResponse, type DataFileText } from '../../data/open-data.ts';

export const getStaticPaths = () => dataFilePaths('.csv');

export const GET = ({ props }: APIContext<{ file: DataFileText }>) => dataFileResponse(props.file);

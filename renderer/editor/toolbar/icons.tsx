import type { JSX } from 'react';

/** Small line icons (stroke = currentColor), drawn here so nothing is fetched at run time. */
const paths: Record<string, JSX.Element> = {
  undo: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="m15 14 5-5-5-5m5 5H9.5a5.5 5.5 0 0 0 0 11H13" />,
  bullet: <path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />,
  number: <path d="M10 6h10M10 12h10M10 18h10M4 6h1v4M4 10h2M6 18H4c0-1 2-2 2-3s-1-1.5-2-1" />,
  alignLeft: <path d="M4 6h16M4 12h10M4 18h14" />,
  alignCenter: <path d="M4 6h16M7 12h10M5 18h14" />,
  alignRight: <path d="M4 6h16M10 12h10M6 18h14" />,
  alignJustify: <path d="M4 6h16M4 12h16M4 18h16" />,
  caseStudy: <path d="M4 5h16v14H4zM4 9h16M8 13h8M8 16h5" />,
  image: <path d="M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01" />,
  imageRow: <path d="M3 6h8v9H3zM13 6h8v9h-8zM3 18h8M13 18h8" />,
  chart: <path d="M4 4v16h16M8 16v-5M12 16V8M16 16v-7" />,
  table: <path d="M4 5h16v14H4zM4 10h16M4 15h16M10 5v14M15 5v14" />,
  pageBreak: <path d="M6 3v5h12V3M6 21v-5h12v5M3 12h2m3 0h2m3 0h2m3 0h2" />,
  data: <path d="M4 20V10M10 20V4M16 20v-7M21 20H3" />,
  dataField: <path d="M5 4h14v16H5zM9 9h6M9 13h6M9 17h3" />,
  search: <path d="M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14zM21 21l-5-5" />,
};

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.7"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {paths[name]}
    </svg>
  );
}

export type IconName = keyof typeof paths;

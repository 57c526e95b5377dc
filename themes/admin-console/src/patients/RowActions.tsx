import { MenuToggle } from "@patternfly/react-core";
import EllipsisVIcon from "@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon";
import { ActionsColumn, type IAction } from "@patternfly/react-table";

/** A row's kebab menu, its toggle named for the row (PatternFly's own says "Kebab toggle"). */
export const RowActions = ({ label, items }: { label: string; items: IAction[] }) => (
  <ActionsColumn
    items={items}
    popperProps={{ position: "right" }}
    actionsToggle={({ onToggle, isOpen, isDisabled, toggleRef }) => (
      <MenuToggle
        ref={toggleRef}
        aria-label={label}
        variant="plain"
        onClick={onToggle}
        isExpanded={isOpen}
        isDisabled={isDisabled}
      >
        <EllipsisVIcon />
      </MenuToggle>
    )}
  />
);
